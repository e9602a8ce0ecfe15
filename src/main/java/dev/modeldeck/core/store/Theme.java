package dev.modeldeck.core.store;

/** Page colour scheme; SYSTEM follows the browser's prefers-color-scheme. */
public enum Theme {
    SYSTEM("system"), LIGHT("light"), DARK("dark");

    private final String wire;

    Theme(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** Unknown values fall back to SYSTEM so a typo never breaks loading. */
    public static Theme fromWire(String s) {
        for (Theme t : values()) {
            if (t.wire.equals(s)) {
                return t;
            }
        }
        return SYSTEM;
    }
}
