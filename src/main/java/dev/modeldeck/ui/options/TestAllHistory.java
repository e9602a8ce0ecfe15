package dev.modeldeck.ui.options;

import dev.modeldeck.core.diagnosis.TestAllRow;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/** The last "Test all" table, kept in localStorage so it is shown again when the page reopens. */
final class TestAllHistory {
    static final String KEY = "modeldeck.testall";

    /** One table row as shown (texts only: no key can be in them, the diagnosis already redacted them). */
    static final class Row {
        final String providerId;
        final String provider;
        final String status;
        final long latencyMs;
        final int models;
        final String failingStep;
        final String problem;
        final String fix;

        Row(String providerId, String provider, String status, long latencyMs, int models, String failingStep,
            String problem, String fix) {
            this.providerId = providerId;
            this.provider = provider;
            this.status = status;
            this.latencyMs = latencyMs;
            this.models = models;
            this.failingStep = failingStep;
            this.problem = problem;
            this.fix = fix;
        }

        static Row of(TestAllRow r) {
            return new Row(r.providerId(), r.providerName(), r.overall().word(), r.latencyToFirstByteMs(),
                r.modelsFound(), r.failingStep() == null ? null : r.failingStep().label(), r.problem(), r.fix());
        }

        JsonObject toJson() {
            return Json.object().put("id", providerId).put("provider", provider).put("status", status)
                .put("latencyMs", latencyMs).put("models", models).put("step", failingStep)
                .put("problem", problem).put("fix", fix);
        }

        static Row fromJson(Json j) {
            return new Row(j.get("id").str(), j.get("provider").str(""), j.get("status").str(""),
                (long) j.get("latencyMs").asDouble(-1), (int) j.get("models").asDouble(-1), j.get("step").str(),
                j.get("problem").str(), j.get("fix").str());
        }
    }

    /** A stored run: when it ran and its rows in table order. */
    static final class Run {
        final long ranAt;
        final List<Row> rows;

        Run(long ranAt, List<Row> rows) {
            this.ranAt = ranAt;
            this.rows = rows;
        }
    }

    private final KeyValueStore store;

    TestAllHistory(KeyValueStore store) { this.store = store; }

    void save(long ranAt, List<Row> rows) {
        JsonArray arr = Json.array();
        for (Row r : rows) {
            if (r != null) {
                arr.add(r.toJson());
            }
        }
        try {
            store.put(KEY, Json.object().put("ranAt", ranAt).put("rows", arr).toString());
        } catch (StoreException e) {
            // Remembering the table is a convenience; the results on screen stay.
        }
    }

    /** The last run, or null when there is none or it can't be read. */
    Run load() {
        Json doc = JsonParser.tryParse(store.get(KEY));
        if (doc == null || !doc.isObject()) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (Json j : doc.get("rows").items()) {
            rows.add(Row.fromJson(j));
        }
        return new Run((long) doc.get("ranAt").asDouble(0), rows);
    }
}
