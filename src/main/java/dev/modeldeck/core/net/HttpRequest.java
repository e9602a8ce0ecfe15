package dev.modeldeck.core.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An outgoing request as built by the endpoint resolver. Immutable; the builder makes changed copies. */
public record HttpRequest(String method, String url, List<Header> headers, String body, long headersTimeoutMs,
                          long idleTimeoutMs, Cancellation cancellation, String providerId) {
    public static final long DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_IDLE_TIMEOUT_MS = 60_000;

    /**
     * @param headersTimeoutMs longest wait for the response status and headers
     * @param idleTimeoutMs longest silence between two body chunks
     * @param providerId the provider this request is for (routes it through that provider's limiter, retries
     *     and health), or null
     */
    public HttpRequest {
        headers = Collections.unmodifiableList(new ArrayList<>(headers));
        cancellation = cancellation == null ? new Cancellation() : cancellation;
    }

    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** Method and URL without the query, which may carry a key; headers and body stay out for the same reason. */
    @Override public String toString() {
        int q = url == null ? -1 : url.indexOf('?');
        return method + " " + (q < 0 ? url : url.substring(0, q));
    }

    public Builder toBuilder() {
        Builder b = new Builder(method, url);
        b.headers.addAll(headers);
        b.body = body;
        b.headersTimeoutMs = headersTimeoutMs;
        b.idleTimeoutMs = idleTimeoutMs;
        b.cancellation = cancellation;
        b.providerId = providerId;
        return b;
    }

    public static Builder get(String url) { return new Builder("GET", url); }
    public static Builder post(String url, String jsonBody) {
        return new Builder("POST", url).body(jsonBody).header("Content-Type", "application/json");
    }

    public static final class Builder {
        private final String method;
        private final String url;
        private final List<Header> headers = new ArrayList<>();
        private String body;
        private long headersTimeoutMs = DEFAULT_HEADERS_TIMEOUT_MS;
        private long idleTimeoutMs = DEFAULT_IDLE_TIMEOUT_MS;
        private Cancellation cancellation;
        private String providerId;

        public Builder(String method, String url) { this.method = method; this.url = url; }

        /** Sets a header, replacing any earlier value of the same name (case-insensitive). */
        public Builder header(String name, String value) {
            headers.removeIf(h -> h.name().equalsIgnoreCase(name));
            headers.add(new Header(name, value));
            return this;
        }
        public Builder body(String b) { this.body = b; return this; }
        public Builder headersTimeoutMs(long ms) { this.headersTimeoutMs = ms; return this; }
        public Builder idleTimeoutMs(long ms) { this.idleTimeoutMs = ms; return this; }
        public Builder cancellation(Cancellation c) { this.cancellation = c; return this; }
        public Builder providerId(String id) { this.providerId = id; return this; }
        public HttpRequest build() {
            return new HttpRequest(method, url, headers, body, headersTimeoutMs, idleTimeoutMs, cancellation, providerId);
        }
    }
}
