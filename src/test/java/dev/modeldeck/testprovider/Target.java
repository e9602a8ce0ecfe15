package dev.modeldeck.testprovider;

/** Which endpoints a fault applies to, and which endpoint a request path belongs to. */
public enum Target {
    MODELS, CHAT, ALL;

    /** The route of a request path: MODELS, CHAT, or null for anything else. Tolerant of prefixes like /v1 or /api/v0. */
    public static Target ofPath(String path) {
        if (path == null) {
            return null;
        }
        if (path.endsWith("/chat/completions")) {
            return CHAT;
        }
        if (path.endsWith("/models") || path.endsWith("/api/tags")) {
            return MODELS;
        }
        return null;
    }

    public boolean covers(Target route) {
        return this == ALL || this == route;
    }

    /** Parses "models", "chat" or "all" (any case); null on anything else. */
    public static Target parse(String s) {
        if (s == null) {
            return null;
        }
        for (Target t : values()) {
            if (t.name().equalsIgnoreCase(s.trim())) {
                return t;
            }
        }
        return null;
    }
}
