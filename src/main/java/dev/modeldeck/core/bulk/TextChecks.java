package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;

/** Small text rules shared by the import checks: control characters, line breaks, safe quoting in messages. */
final class TextChecks {
    private TextChecks() { }

    /** C0/C1 controls and the bidirectional overrides that can make a name display as something else. */
    static boolean hasControlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLineBreak(String s) {
        return s != null && (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0);
    }

    /** Text from a file, shortened for a message: “…”-quoted, at most 40 characters. */
    static String quoted(String s) {
        String t = s == null ? "" : s;
        return I18n.quoted(t.length() > 40 ? t.substring(0, 39) + "…" : t);
    }

    /** "1.5 MB" style, one decimal, without String.format (too heavy for the browser build). */
    static String megabytes(long chars) {
        return Units.megabytes(chars);
    }

    /** 1-based line and column of a character position, for "not JSON" messages. */
    static String lineAndColumn(String text, int pos) {
        int line = 1;
        int col = 1;
        int end = Math.min(Math.max(pos, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return I18n.t("bulk_line_column", I18n.format().integer(line), I18n.format().integer(col));
    }
}
