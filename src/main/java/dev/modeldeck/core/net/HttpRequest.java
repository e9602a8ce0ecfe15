package dev.modeldeck.core.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An outgoing request as built by the endpoint resolver. Immutable apart from the builder. */
public final class HttpRequest {
    public static final long DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_IDLE_TIMEOUT_MS = 60_000;

    private final String method;
    private final String url;
    private final List<Header> headers;
    private final String body;
    private final long headersTimeoutMs;
    private final long idleTimeoutMs;
    private final Cancellation cancellation;
    private final String providerId;

    private HttpRequest(Builder b) {
        this.method = b.method;
        this.url = b.url;
        this.headers = Collections.unmodifiableList(new ArrayList<>(b.headers));
        this.body = b.body;
        this.headersTimeoutMs = b.headersTimeoutMs;
        this.idleTimeoutMs = b.idleTimeoutMs;
        this.cancellation = b.cancellation == null ? new Cancellation() : b.cancellation;
        this.providerId = b.providerId;
    }

    public String method() { return method; }
    public String url() { return url; }
    public List<Header> headers() { return headers; }
    public String body() { return body; }
    /** Longest wait for the response status and headers. */
    public long headersTimeoutMs() { return headersTimeoutMs; }
    /** Longest silence between two body chunks. */
    public long idleTimeoutMs() { return idleTimeoutMs; }
    public Cancellation cancellation() { return cancellation; }
    /** The provider this request is for (routes it through that provider's limiter, retries and health), or null. */
    public String providerId() { return providerId; }

    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
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
        public HttpRequest build() { return new HttpRequest(this); }
    }
}
