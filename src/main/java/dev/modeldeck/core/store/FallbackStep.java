package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;

/** One (provider, model) pair of a fallback chain. */
public record FallbackStep(String providerId, String modelId) {
    public JsonObject toJson() { return Json.object().put("providerId", providerId).put("model", modelId); }

    /** Null when the entry lacks a provider or a model (it could never be tried). */
    public static FallbackStep fromJson(Json j) {
        String p = j.get("providerId").str();
        String m = j.get("model").str();
        return p == null || m == null || p.isEmpty() || m.isEmpty() ? null : new FallbackStep(p, m);
    }

    @Override public String toString() { return providerId + "/" + modelId; }
}
