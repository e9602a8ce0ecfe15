package dev.modeldeck.core.net;

/** One link of a failover chain: a provider and the model to use there. */
public final class FailoverEntry {
    private final String providerId;
    private final String modelId;

    public FailoverEntry(String providerId, String modelId) {
        this.providerId = providerId;
        this.modelId = modelId;
    }

    public String providerId() { return providerId; }
    public String modelId() { return modelId; }

    /** "providerId/modelId", as used in notes. */
    public String label() { return providerId + "/" + modelId; }

    @Override public String toString() { return label(); }
}
