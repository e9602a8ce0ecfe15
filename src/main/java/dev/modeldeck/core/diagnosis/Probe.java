package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.time.Clock;
import java.util.Collections;
import java.util.List;

/** One request and its whole (capped) answer, timed; a failure to get one is kept, not thrown. */
final class Probe {
    /** HTTP status, or 0 when nothing answered. */
    final int status;
    final List<Header> headers;
    final String body;
    /** Why no (complete) answer arrived; null when one did. */
    final NetException error;
    /** From sending to the status line and headers; -1 when nothing answered. */
    final long firstByteMs;

    private Probe(int status, List<Header> headers, String body, NetException error, long firstByteMs) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.error = error;
        this.firstByteMs = firstByteMs;
    }

    boolean answered() { return status > 0; }

    String header(String name) { return Headers.get(headers, name); }

    /** 403 with nothing in the body: the signature of a server refusing the request's Origin (Ollama). */
    boolean bareForbidden() { return status == 403 && (body == null || body.trim().isEmpty()); }

    /**
     * Sends and reads at most {@code maxChars} of the body; reading stops with a TIMEOUT_IDLE error
     * when it runs past the request's headers timeout, so the step stays bounded.
     */
    static Probe send(HttpTransport transport, Clock clock, HttpRequest request, int maxChars) {
        long start = clock.nowMillis();
        HttpResponse r;
        try {
            request.cancellation().throwIfCancelled();
            r = transport.send(request);
        } catch (NetException e) {
            return new Probe(0, Collections.<Header>emptyList(), "", e, -1);
        }
        long firstByte = clock.nowMillis() - start;
        long deadline = start + request.headersTimeoutMs();
        StringBuilder sb = new StringBuilder();
        NetException error = null;
        try {
            String chunk;
            while ((chunk = r.readChunk()) != null) {
                sb.append(chunk);
                if (sb.length() > maxChars) {
                    error = new NetException(NetException.Kind.TOO_LARGE,
                        I18n.t("diag_answer_too_large", Texts.count(maxChars / 1_000_000)));
                    break;
                }
                if (request.cancellation().isCancelled()) {
                    error = NetException.cancelled();
                    break;
                }
                if (clock.nowMillis() > deadline) {
                    error = new NetException(NetException.Kind.TIMEOUT_IDLE,
                        I18n.t("diag_answer_overtime", Texts.seconds(request.headersTimeoutMs())));
                    break;
                }
            }
        } catch (NetException e) {
            error = e;
        } finally {
            r.close();
        }
        List<Header> headers = r.headers() == null ? Collections.<Header>emptyList() : r.headers();
        return new Probe(r.status(), headers, sb.toString(), error, firstByte);
    }
}
