package dev.modeldeck.core.discovery;

/** Where a capability value came from, so the UI can say "128k (provider)". */
public enum CapabilitySource {
    /** The provider's own /models answer. */
    PROVIDER("provider"),
    /** ModelDeck's table of well-known model ids, or a guess from the id's words. */
    BUILTIN("built-in"),
    /** The user's own setting for this model. */
    USER("yours"),
    UNKNOWN("unknown");

    private final String label;

    CapabilitySource(String label) { this.label = label; }

    public String label() { return label; }
}
