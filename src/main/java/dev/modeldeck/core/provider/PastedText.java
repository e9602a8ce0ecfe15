package dev.modeldeck.core.provider;

/** Text pasted into a field or a file: spaces plus the invisible characters copying brings along. */
public final class PastedText {
    private PastedText() { }

    /** ASCII whitespace, NBSP, zero-width space, BOM and the Unicode line/paragraph separators. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0'
            || c == '\u200b' || c == '\ufeff' || c == '\u2028' || c == '\u2029';
    }

    /** Trims {@link #isSpace} characters from both ends. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    public static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
