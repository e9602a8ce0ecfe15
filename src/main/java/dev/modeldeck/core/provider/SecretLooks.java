package dev.modeldeck.core.provider;

/** Heuristics for header and query values that are probably credentials and must be redacted. */
final class SecretLooks {
    private static final String[] NAME_HINTS = {
        "auth", "key", "token", "secret", "password", "passwd", "cookie", "signature", "credential", "session"
    };

    private SecretLooks() { }

    /** Names like Authorization, x-api-key, api_key, access_token. */
    static boolean name(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase();
        for (String hint : NAME_HINTS) {
            if (n.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** Values like "Bearer …", "sk-…", or a long random-looking token (letters and digits, no spaces or colons). */
    static boolean value(String v) {
        if (v == null) {
            return false;
        }
        String lower = v.toLowerCase();
        if (lower.startsWith("bearer ") || lower.startsWith("basic ") || lower.startsWith("sk-")) {
            return true;
        }
        if (v.length() < 24) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letter = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("-_.=+/".indexOf(c) < 0) {
                return false; // spaces, colons etc.: prose or a URL, not a token
            }
        }
        return letter && digit;
    }
}
