package dev.modeldeck.testprovider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every request the provider received (control requests excluded), oldest first. Thread-safe. */
public final class RequestLog {
    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest r) { requests.add(r); }

    public synchronized List<RecordedRequest> all() { return new ArrayList<>(requests); }

    public synchronized void clear() { requests.clear(); }

    /** Requests (preflights excluded) to any path of this route: MODELS, CHAT, or ALL for both. */
    public synchronized List<RecordedRequest> to(Target route) {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r : requests) {
            if (!r.isPreflight() && r.route() != null && route.covers(r.route())) {
                out.add(r);
            }
        }
        return out;
    }

    public int count(Target route) { return to(route).size(); }

    /** Requests with exactly this method and path. */
    public synchronized int count(String method, String path) {
        int n = 0;
        for (RecordedRequest r : requests) {
            if (r.method().equals(method) && r.path().equals(path)) {
                n++;
            }
        }
        return n;
    }

    /** The newest request, or null. */
    public synchronized RecordedRequest last() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    /** The log as JSON (served at GET /__control/requests). */
    public String toJson() {
        JsonArray arr = Json.array();
        for (RecordedRequest r : all()) {
            JsonObject headers = Json.object();
            for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
                headers.put(h.getKey(), String.join(", ", h.getValue()));
            }
            arr.add(Json.object().put("method", r.method()).put("path", r.path()).put("query", r.query())
                    .put("headers", headers).put("body", r.body()).put("receivedAtMillis", r.receivedAtMillis()));
        }
        return JsonWriter.write(arr);
    }
}
