package dev.modeldeck.core.net;

import java.util.List;

/** Removes secrets from any text that may reach a user, a log or an export. Placeholder; see ErrorClassifier. */
public final class Redactor {
    private Redactor() { }

    /** Replaces every occurrence of each secret (and key-looking tokens) with a mask. */
    public static String redact(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            if (s != null && s.length() >= 4) {
                out = out.replace(s, "[redacted]");
            }
        }
        return out;
    }
}
