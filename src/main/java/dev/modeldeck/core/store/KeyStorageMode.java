package dev.modeldeck.core.store;

/** Where API keys live: PLAIN in the settings document (labelled as such), or VAULT (encrypted with a passphrase). */
public enum KeyStorageMode {
    PLAIN("plain"), VAULT("vault");

    private final String wire;

    KeyStorageMode(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** Unknown values read as PLAIN: the keys in the document are then shown as plainly stored, which is the truth. */
    public static KeyStorageMode fromWire(String s) {
        return VAULT.wire.equals(s) ? VAULT : PLAIN;
    }
}
