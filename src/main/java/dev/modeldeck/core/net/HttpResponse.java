package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;
import java.util.List;

/** A response whose status and headers have arrived; the body is read as it streams in. */
public interface HttpResponse {
    int status();

    /** Header value (case-insensitive name), or null. */
    String header(String name);

    List<Header> headers();

    /** The URL that finally answered (after redirects). */
    String finalUrl();

    /**
     * Next piece of the body as text (UTF-8 decoded; a character split across network chunks is
     * never broken), or null at the end. Blocks until data arrives, the idle timeout fires or the
     * request is cancelled.
     */
    String readChunk() throws NetException;

    /** Stops reading and releases the connection. */
    void close();

    /** Reads the rest of the body, up to {@code maxChars}; more than that is an error of kind TOO_LARGE. */
    default String readAll(int maxChars) throws NetException {
        StringBuilder sb = new StringBuilder();
        String chunk;
        while ((chunk = readChunk()) != null) {
            sb.append(chunk);
            if (sb.length() > maxChars) {
                close();
                throw new NetException(NetException.Kind.TOO_LARGE,
                        I18n.t("net_response_too_large",
                                I18n.format().integer(maxChars / 1_000_000)));
            }
        }
        return sb.toString();
    }

    default boolean ok() { return status() >= 200 && status() < 300; }
}
