package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;

/** One (provider, model) pair of a fallback chain. */
public final class FallbackStep {
    private final String providerId;
    private final String modelId;

    public FallbackStep(String providerId, String modelId) {
        this.providerId = providerId;
        this.modelId = modelId;
    }

    public String providerId() { return providerId; }
    public String modelId() { return modelId; }

    public JsonObject toJson() { return Json.object().put("providerId", providerId).put("model", modelId); }

    /** Null when the entry lacks a provider or a model (it could never be tried). */
    public static FallbackStep fromJson(Json j) {
        String p = j.get("providerId").str();
        String m = j.get("model").str();
        return p == null || m == null || p.isEmpty() || m.isEmpty() ? null : new FallbackStep(p, m);
    }

    @Override public boolean equals(Object o) {
        return o instanceof FallbackStep && ((FallbackStep) o).providerId.equals(providerId)
            && ((FallbackStep) o).modelId.equals(modelId);
    }
    @Override public int hashCode() { return providerId.hashCode() * 31 + modelId.hashCode(); }
    @Override public String toString() { return providerId + "/" + modelId; }
}
