package dev.modeldeck.core.provider;

import java.util.ArrayList;
import java.util.List;

/** Builds query strings: percent-encoding (RFC 3986 unreserved set kept) and merging with a URL's own query. */
final class QueryString {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryString() { }

    /** UTF-8 percent-encoding of everything but {@code A-Z a-z 0-9 - . _ ~}; a space becomes %20. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append(c);
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD; // a lone surrogate cannot be encoded; send the replacement character
            }
            if (cp < 0x80) {
                byteOut(sb, cp);
            } else if (cp < 0x800) {
                byteOut(sb, 0xC0 | (cp >> 6));
                byteOut(sb, 0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                byteOut(sb, 0xE0 | (cp >> 12));
                byteOut(sb, 0x80 | ((cp >> 6) & 0x3F));
                byteOut(sb, 0x80 | (cp & 0x3F));
            } else {
                byteOut(sb, 0xF0 | (cp >> 18));
                byteOut(sb, 0x80 | ((cp >> 12) & 0x3F));
                byteOut(sb, 0x80 | ((cp >> 6) & 0x3F));
                byteOut(sb, 0x80 | (cp & 0x3F));
            }
        }
        return sb.toString();
    }

    private static void byteOut(StringBuilder sb, int b) {
        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }

    /**
     * The base URL's query (kept as typed) plus the extra parameters (encoded here). An extra
     * parameter replaces every base parameter of the same name, so settings win over a pasted URL.
     * Returns null when the result is empty.
     */
    static String merge(String baseQuery, List<NameValue> extra) {
        List<String> parts = new ArrayList<>();
        if (baseQuery != null && !baseQuery.isEmpty()) {
            int start = 0;
            for (int i = 0; i <= baseQuery.length(); i++) {
                if (i == baseQuery.length() || baseQuery.charAt(i) == '&') {
                    String part = baseQuery.substring(start, i);
                    if (!part.isEmpty() && !overridden(nameOf(part), extra)) {
                        parts.add(part);
                    }
                    start = i + 1;
                }
            }
        }
        if (extra != null) {
            for (NameValue nv : extra) {
                if (nv.name() != null && !nv.name().trim().isEmpty()) {
                    parts.add(encode(nv.name().trim()) + "=" + encode(nv.value() == null ? "" : nv.value()));
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return String.join("&", parts);
    }

    private static String nameOf(String part) {
        int eq = part.indexOf('=');
        return eq < 0 ? part : part.substring(0, eq);
    }

    private static boolean overridden(String rawName, List<NameValue> extra) {
        if (extra == null) {
            return false;
        }
        for (NameValue nv : extra) {
            if (nv.name() != null && encode(nv.name().trim()).equals(rawName)) {
                return true;
            }
        }
        return false;
    }
}
