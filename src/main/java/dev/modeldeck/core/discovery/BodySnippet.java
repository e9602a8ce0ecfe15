package dev.modeldeck.core.discovery;

import dev.modeldeck.core.net.Redactor;
import java.util.List;

/**
 * A short, safe excerpt of a response body for error messages: secrets redacted, HTML reduced to its
 * text, whitespace collapsed, at most {@link #MAX_CHARS} characters.
 */
public final class BodySnippet {
    public static final int MAX_CHARS = 160;
    /** Only the start of a body is looked at, so a 10 MB page costs no more than a short one. */
    private static final int WINDOW = 4000;

    private BodySnippet() { }

    public static String of(String body, List<String> secrets) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        // Redact before cutting so a secret that crosses the cut is still removed whole.
        int longest = 0;
        for (String s : secrets) {
            if (s != null && s.length() > longest) {
                longest = s.length();
            }
        }
        String head = body.length() > WINDOW + longest ? body.substring(0, WINDOW + longest) : body;
        // Only the known secrets here: the general key-pattern scan runs after tags are stripped, so a key
        // split by tags is matched whole instead of having just its recognisable prefix masked.
        head = Redactor.redactKnown(head, secrets);
        if (head.length() > WINDOW) {
            head = head.substring(0, WINDOW);
        }
        String text = collapse(stripTags(head));
        // Tags may have split a secret across text nodes; once joined, redact again.
        text = Redactor.redact(text, secrets);
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS - 1) + "\u2026";
        }
        return text;
    }

    /** Drops tags, comments and the contents of script/style elements; decodes the common entities. */
    static String stripTags(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                if (s.startsWith("<!--", i)) {
                    int end = s.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                int end = s.indexOf('>', i + 1);
                if (end < 0) {
                    break;
                }
                int tagStart = i;
                String tagName = tagName(s, i + 1, end);
                i = end + 1;
                if (s.charAt(tagStart + 1) != '/' && (tagName.equals("script") || tagName.equals("style"))) {
                    int close = indexOfIgnoreCase(s, "</" + tagName, i);
                    i = close < 0 ? n : close;
                }
                out.append(' ');
            } else if (c == '&') {
                int semi = s.indexOf(';', i);
                String decoded = semi > i && semi - i <= 8 ? entity(s.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String tagName(String s, int from, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                name.append(Character.toLowerCase(c));
            } else if (name.length() > 0) {
                break;
            }
        }
        return name.toString();
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int last = s.length() - needle.length();
        for (int i = from; i <= last; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": case "#39": return "'";
            case "nbsp": return " ";
            default: return null;
        }
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
