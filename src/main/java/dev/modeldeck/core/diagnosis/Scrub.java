package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Redactor;
import java.util.List;

/**
 * Keeps secrets out of report texts. Our own sentences only need the known secrets replaced
 * (the full heuristic scan would mask long URLs next to the word "key"); anything a server said
 * goes through the full {@link Redactor} first.
 */
final class Scrub {
    private Scrub() { }

    /** Masks every known secret (4+ characters) and its disguised echoes. */
    static String known(String text, List<String> secrets) { return Redactor.redactKnown(text, secrets); }

    /** For text that came from a server: known secrets and anything that looks like a credential. */
    static String foreign(String text, List<String> secrets) {
        return text == null ? null : Redactor.redact(text, secrets);
    }

    /** A server's words, redacted, whitespace collapsed and cut to {@code max} characters, in quotes; "" when none. */
    static String quote(String said, List<String> secrets, int max) {
        if (said == null || said.trim().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String s = foreign(said, secrets);
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        String t = sb.toString();
        if (t.length() > max) {
            t = t.substring(0, max - 1) + "\u2026";
        }
        return I18n.quoted(t);
    }
}
