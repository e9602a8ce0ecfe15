package dev.modeldeck.core.net;

/** One link of a failover chain: a provider and the model to use there. */
public record FailoverEntry(String providerId, String modelId) {
    /** "providerId/modelId", as used in notes. */
    public String label() { return providerId + "/" + modelId; }

    @Override public String toString() { return label(); }
}
