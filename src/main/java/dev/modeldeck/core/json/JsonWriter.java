package dev.modeldeck.core.json;

import java.util.Map;

/** Compact JSON output; escapes what RFC 8259 requires plus U+2028/2029 for safe embedding. */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() { }

    public static String write(Json value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    public static void write(Json value, StringBuilder out) {
        if (value == null || value.isMissing() || value.isNull()) {
            out.append("null");
        } else if (value.isString()) {
            quote(value.str(), out);
        } else if (value instanceof JsonNumber n) {
            out.append(n.literal());
        } else if (value.isNumber()) {
            Double d = value.num();
            out.append(d == null ? "null" : new JsonNumber(d).literal()); // JSON has no Infinity
        } else if (value.isBoolean()) {
            out.append(value.asBoolean(false) ? "true" : "false");
        } else if (value.isArray()) {
            out.append('[');
            boolean first = true;
            for (Json item : value.items()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Json> e : value.fields().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        }
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(s, sb);
        return sb.toString();
    }

    /**
     * Copies runs of plain characters as whole strings: compiled to JavaScript, appending one character is
     * several calls (and substring is the engine's own), and a request carries the history's text.
     */
    public static void quote(String s, StringBuilder out) {
        out.append('"');
        int n = s.length();
        int plainFrom = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            if (i > plainFrom) {
                out.append(s.substring(plainFrom, i));
            }
            escape(c, out);
            plainFrom = i + 1;
        }
        if (plainFrom == 0) {
            out.append(s);
        } else if (plainFrom < n) {
            out.append(s.substring(plainFrom));
        }
        out.append('"');
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default:
                // Other control characters and U+2028/2029 (which need all four digits).
                out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                   .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
        }
    }
}
