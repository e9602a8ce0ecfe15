package dev.modeldeck.core.net;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What users see as a provider's health: the last N request outcomes with their latency (time to
 * headers), success rate, p50/p95 latency, the last error and the current run of failures.
 * Every finished request counts (a 401 is a failure from the user's point of view); cancelled
 * ones do not. Stored as JSON so health survives a browser restart. Thread-safe.
 */
public final class HealthTracker {
    public static final int DEFAULT_WINDOW = 20;
    private static final int FORMAT_VERSION = 1;

    private final int window;
    private final List<Outcome> outcomes = new ArrayList<>();
    private int consecutiveFailures;
    private LastError lastError;

    public HealthTracker() { this(DEFAULT_WINDOW); }

    public HealthTracker(int window) { this.window = Math.max(1, window); }

    public synchronized void recordSuccess(long atMillis, long latencyMs) {
        add(new Outcome(atMillis, latencyMs, null));
        consecutiveFailures = 0;
    }

    /** Records a failure; {@code message} is redacted again here, whatever the caller did. */
    public synchronized void recordFailure(long atMillis, long latencyMs, NetException.Kind kind, String message) {
        add(new Outcome(atMillis, latencyMs, kind));
        consecutiveFailures++;
        lastError = new LastError(kind, Redactor.redact(message == null ? "" : message, null), atMillis);
    }

    /** Records a failed request from its exception; CANCELLED is not a health event and is ignored. */
    public void record(long atMillis, long latencyMs, NetException e) {
        if (e.kind() != NetException.Kind.CANCELLED) {
            recordFailure(atMillis, latencyMs, e.kind(), e.getMessage());
        }
    }

    private void add(Outcome o) {
        outcomes.add(o);
        while (outcomes.size() > window) {
            outcomes.remove(0);
        }
    }

    public synchronized int sampleCount() { return outcomes.size(); }

    /** Share of successful outcomes in the window, 0..1; -1 when there are none yet. */
    public synchronized double successRate() {
        if (outcomes.isEmpty()) {
            return -1;
        }
        int ok = 0;
        for (Outcome o : outcomes) {
            if (o.ok()) {
                ok++;
            }
        }
        return ok / (double) outcomes.size();
    }

    /** Median latency (ms) over the window, -1 when empty. */
    public synchronized long latencyP50() { return percentile(50); }

    /** 95th-percentile latency (ms, nearest rank) over the window, -1 when empty. */
    public synchronized long latencyP95() { return percentile(95); }

    private long percentile(int p) {
        List<Long> lat = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.latencyMs() >= 0) {
                lat.add(o.latencyMs());
            }
        }
        if (lat.isEmpty()) {
            return -1;
        }
        Collections.sort(lat);
        int rank = (int) Math.ceil(p / 100.0 * lat.size());
        return lat.get(Math.max(0, rank - 1));
    }

    public synchronized int consecutiveFailures() { return consecutiveFailures; }

    /** The most recent failure, or null. */
    public synchronized LastError lastError() { return lastError; }

    /** Oldest first. */
    public synchronized List<Outcome> outcomes() { return new ArrayList<>(outcomes); }

    public synchronized JsonObject toJson() {
        JsonObject o = Json.object().put("v", FORMAT_VERSION);
        JsonArray list = Json.array();
        for (Outcome out : outcomes) {
            JsonObject j = Json.object().put("t", out.atMillis()).put("ms", out.latencyMs());
            if (out.kind() != null) {
                j.put("kind", out.kind().name());
            }
            list.add(j);
        }
        o.put("outcomes", list);
        o.put("consecutiveFailures", consecutiveFailures);
        if (lastError != null) {
            o.put("lastError", Json.object().put("kind", lastError.kind().name())
                    .put("message", lastError.message()).put("t", lastError.atMillis()));
        }
        return o;
    }

    /** Rebuilds from {@link #toJson}; unknown or broken parts are dropped rather than failing. */
    public static HealthTracker fromJson(Json json, int window) {
        HealthTracker h = new HealthTracker(window);
        if (json == null) {
            return h;
        }
        for (Json j : json.get("outcomes").items()) {
            long t = j.get("t").asLong(-1);
            if (t < 0) {
                continue;
            }
            String kindName = j.get("kind").str();
            NetException.Kind kind = kindName == null ? null : kindOf(kindName);
            if (kindName != null && kind == null) {
                continue;
            }
            h.add(new Outcome(t, j.get("ms").asLong(-1), kind));
        }
        h.consecutiveFailures = (int) Math.max(0, json.get("consecutiveFailures").asLong(0));
        Json le = json.get("lastError");
        NetException.Kind k = kindOf(le.get("kind").str());
        if (k != null) {
            h.lastError = new LastError(k, Redactor.redact(le.get("message").str(""), null), le.get("t").asLong(0));
        }
        return h;
    }

    private static NetException.Kind kindOf(String name) {
        if (name == null) {
            return null;
        }
        for (NetException.Kind k : NetException.Kind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** One finished request: when, how long until headers (-1 unknown), and its failure kind (null = success). */
    public record Outcome(long atMillis, long latencyMs, NetException.Kind kind) {
        public boolean ok() { return kind == null; }
    }

    /** @param message redacted user-facing message */
    public record LastError(NetException.Kind kind, String message, long atMillis) { }
}
