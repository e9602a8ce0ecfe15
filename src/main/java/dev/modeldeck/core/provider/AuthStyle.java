package dev.modeldeck.core.provider;

/** How a provider wants its key: as a Bearer token, in a named header (Azure's api-key), or not at all. */
public enum AuthStyle {
    BEARER("bearer", "Bearer token"),
    CUSTOM_HEADER("header", "Custom header"),
    NONE("none", "None");

    private final String wire;
    private final String label;

    AuthStyle(String wire, String label) { this.wire = wire; this.label = label; }

    public String wire() { return wire; }
    public String label() { return label; }

    public static AuthStyle fromWire(String s) {
        for (AuthStyle a : values()) {
            if (a.wire.equals(s)) {
                return a;
            }
        }
        return BEARER;
    }
}
