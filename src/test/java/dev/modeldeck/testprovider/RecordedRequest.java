package dev.modeldeck.testprovider;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One request as the provider received it. Header names are lower case. */
public final class RecordedRequest {
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final long receivedAtMillis;

    RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body;
        this.receivedAtMillis = System.currentTimeMillis();
    }

    public String method() { return method; }
    public String path() { return path; }
    /** The raw query string, or null. */
    public String query() { return query; }
    public Map<String, List<String>> headers() { return headers; }
    public String body() { return body; }
    public long receivedAtMillis() { return receivedAtMillis; }

    /** First value of a header (any case), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase());
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** MODELS, CHAT, or null for other paths. */
    public Target route() { return Target.ofPath(path); }

    public boolean isPreflight() { return "OPTIONS".equals(method); }

    @Override public String toString() { return method + " " + path; }
}
