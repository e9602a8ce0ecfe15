package dev.modeldeck.core.chat;

import dev.modeldeck.core.i18n.I18n;

/** Short conversation titles made from the first user message. */
public final class ConversationTitles {
    public static final int MAX_CHARS = 48;
    /** Titles from files: long enough for any title a person gives, short enough for a list. */
    public static final int MAX_IMPORTED_CHARS = 300;

    private ConversationTitles() { }

    /** The title of a conversation before its first message, in the user's language. */
    public static String defaultTitle() {
        return I18n.t("chatcore_default_title");
    }

    /**
     * The first non-blank line, with markdown heading/quote markers and runs of spaces removed, cut
     * at a word boundary to at most {@value #MAX_CHARS} characters (an ellipsis included).
     */
    public static String fromFirstMessage(String text) {
        if (text == null) {
            return defaultTitle();
        }
        String line = firstNonBlankLine(text);
        int s = 0;
        while (s < line.length() && (line.charAt(s) == '#' || line.charAt(s) == '>' || line.charAt(s) == ' ')) {
            s++;
        }
        String clean = collapseSpaces(line.substring(s));
        if (clean.isEmpty()) {
            return defaultTitle();
        }
        if (clean.length() <= MAX_CHARS) {
            return clean;
        }
        int limit = MAX_CHARS - 1; // room for the ellipsis
        int cut = clean.lastIndexOf(' ', limit);
        if (cut < limit / 2) {
            cut = limit; // one long word (a URL, CJK text): cut inside it
            if (Character.isLowSurrogate(clean.charAt(cut)) && Character.isHighSurrogate(clean.charAt(cut - 1))) {
                cut--;
            }
        }
        String head = clean.substring(0, cut);
        while (!head.isEmpty() && (head.endsWith(" ") || head.endsWith(",") || head.endsWith(";") || head.endsWith(":"))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "\u2026";
    }

    /**
     * A title read from a file: line breaks and runs of spaces become one space, and it is cut to at most
     * {@value #MAX_IMPORTED_CHARS} characters (a renamed conversation's own title is usually far shorter).
     */
    public static String imported(String title) {
        String clean = title == null ? "" : collapseSpaces(title.replace('\n', ' ').replace('\r', ' '));
        if (clean.isEmpty()) {
            return defaultTitle();
        }
        if (clean.length() <= MAX_IMPORTED_CHARS) {
            return clean;
        }
        int cut = MAX_IMPORTED_CHARS - 1; // room for the ellipsis
        if (Character.isLowSurrogate(clean.charAt(cut)) && Character.isHighSurrogate(clean.charAt(cut - 1))) {
            cut--;
        }
        return clean.substring(0, cut) + "\u2026";
    }

    private static String firstNonBlankLine(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            if (!line.trim().isEmpty()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }

    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
