package dev.modeldeck.core.net;

import java.util.List;

/**
 * An error response whose (small) body was read so a decorator could look at it, replayed
 * unchanged to whoever reads it next. Never used for successful responses: those stream.
 */
public final class BufferedResponse implements HttpResponse {
    /** Error bodies longer than this are cut; no provider's error needs more. */
    public static final int MAX_ERROR_BODY = 64 * 1024;

    private final HttpResponse original;
    private final String body;
    private boolean delivered;

    private BufferedResponse(HttpResponse original, String body) {
        this.original = original;
        this.body = body;
    }

    /** Reads the body (at most {@link #MAX_ERROR_BODY} chars) and closes the original; a read failure leaves what arrived. */
    public static BufferedResponse of(HttpResponse response) {
        if (response instanceof BufferedResponse b) {
            return b;
        }
        StringBuilder sb = new StringBuilder();
        try {
            String chunk;
            while (sb.length() < MAX_ERROR_BODY && (chunk = response.readChunk()) != null) {
                sb.append(chunk);
            }
        } catch (NetException e) {
            // The status already tells the story; a broken error body only loses detail.
        } finally {
            response.close();
        }
        String text = sb.length() > MAX_ERROR_BODY ? sb.substring(0, MAX_ERROR_BODY) : sb.toString();
        return new BufferedResponse(response, text);
    }

    /** The whole buffered body. */
    public String body() { return body; }

    @Override public int status() { return original.status(); }
    @Override public String header(String name) { return original.header(name); }
    @Override public List<Header> headers() { return original.headers(); }
    @Override public String finalUrl() { return original.finalUrl(); }

    @Override
    public synchronized String readChunk() {
        if (delivered || body.isEmpty()) {
            delivered = true;
            return null;
        }
        delivered = true;
        return body;
    }

    @Override public synchronized void close() { delivered = true; }
}
