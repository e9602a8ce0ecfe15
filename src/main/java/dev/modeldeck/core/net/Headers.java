package dev.modeldeck.core.net;

import dev.modeldeck.core.security.SecretPatterns;
import java.util.ArrayList;
import java.util.List;

/** Small helpers over header lists (names compare case-insensitively, as HTTP says). */
public final class Headers {
    private Headers() { }

    /** First value of the named header, or null. */
    public static String get(List<Header> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Header h : headers) {
            if (h != null && h.name() != null && h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** First header of the given names that is present and not blank, or null. */
    public static String first(List<Header> headers, String... names) {
        for (String n : names) {
            String v = get(headers, n);
            if (v != null && !v.trim().isEmpty()) {
                return v.trim();
            }
        }
        return null;
    }

    /**
     * Parses a raw header block ("Name: value" per line, CRLF or LF); a leading status line and
     * lines without a colon are skipped.
     */
    public static List<Header> parseBlock(String raw) {
        List<Header> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        int i = 0;
        while (i <= raw.length()) {
            int nl = raw.indexOf('\n', i);
            int end = nl < 0 ? raw.length() : nl;
            String line = raw.substring(i, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("HTTP/")) {
                out.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return out;
    }

    /**
     * The credentials a request carries (Authorization token, api-key style headers, any header whose
     * name or value {@link SecretPatterns} calls secret), so decorators can redact them from what they report.
     */
    public static List<String> secretsOf(HttpRequest request) {
        List<String> out = new ArrayList<>();
        if (request == null) {
            return out;
        }
        for (Header h : request.headers()) {
            String name = h.name() == null ? "" : h.name().toLowerCase();
            String value = h.value() == null ? "" : h.value().trim();
            if (value.isEmpty()) {
                continue;
            }
            if (name.equals("authorization") || name.equals("proxy-authorization")) {
                int space = value.indexOf(' ');
                out.add(space > 0 ? value.substring(space + 1).trim() : value);
                out.add(value);
            } else if (SecretPatterns.isSecret(name, value)) {
                out.add(value);
            }
        }
        return out;
    }
}
