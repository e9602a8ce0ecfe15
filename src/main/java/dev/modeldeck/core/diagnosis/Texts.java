package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.net.Durations;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.UrlParts;

/** Small wording helpers shared by the steps (no String.format: it is heavy in the browser build). */
final class Texts {
    private Texts() { }

    /** "120 ms", "1.4 s", "2 min". */
    static String ms(long ms) {
        return Units.elapsed(ms);
    }

    /** An HTTP status or port as written in texts: a code, never grouped like a quantity. */
    static String code(int code) { return Integer.toString(code); }

    /** A count in the user's language ("1,234" / "1.234"). */
    static String count(long n) { return I18n.format().integer(n); }

    /** A wait or timeout in words: "30 s", "2 min". */
    static String seconds(long ms) { return Durations.describe(ms); }

    /** {@code host:port} as the browser will connect (port always written, so "nothing on 127.0.0.1:11434" is exact). */
    static String hostPort(String baseUrl) {
        UrlParts u = parts(baseUrl);
        if (u == null) {
            return String.valueOf(baseUrl);
        }
        int port = u.effectivePort();
        return u.host() + (port > 0 ? ":" + port : "");
    }

    static String host(String baseUrl) {
        UrlParts u = parts(baseUrl);
        return u == null ? "" : u.host();
    }

    static String scheme(String baseUrl) {
        UrlParts u = parts(baseUrl);
        return u == null ? "" : u.scheme();
    }

    static UrlParts parts(String baseUrl) {
        if (baseUrl == null) {
            return null;
        }
        return UrlParts.parse(BaseUrlCheck.check(baseUrl).normalized());
    }

    /**
     * The end of a sentence that may quote the server: ": “…”" when it said something, else ".".
     * Messages place it right after their closing parenthesis: "the server refused the key (HTTP 401)$2".
     */
    static String tail(String quotedSaid) {
        return quotedSaid == null || quotedSaid.isEmpty() ? "." : ": " + quotedSaid;
    }

    /** Ensures a sentence ends with a full stop. */
    static String sentence(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' ? s : s + ".";
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean blank(String s) { return s == null || s.trim().isEmpty(); }
}
