package dev.modeldeck.core.bulk;

/** What an import does to a provider's API key; the preview shows only this, never the key. */
public enum KeyChange {
    /** No key before and none after. */
    NONE("key: none"),
    /** The file's key will be stored (new provider, or a different key than the saved one). */
    SET("key: will be set"),
    /** The saved key stays (the file has no keys, or the same key). */
    KEPT("key: kept"),
    /** The file includes keys and has none for this provider, so the saved key is removed. */
    REMOVED("key: will be removed");

    private final String label;

    KeyChange(String label) { this.label = label; }

    /** Preview text, e.g. "key: will be set". */
    public String label() { return label; }
}
