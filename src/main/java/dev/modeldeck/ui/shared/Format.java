package dev.modeldeck.ui.shared;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;

/** Short names for the locale-aware formats the pages use most (see core.i18n.Units). */
public final class Format {
    private Format() { }

    /** 12345 → "12,345" (en) / "12.345" (de). */
    public static String thousands(long n) {
        return I18n.format().integer(n);
    }

    /** 131072 → "131k", 1048576 → "1M" (context windows). */
    public static String tokens(long n) {
        return Units.tokens(n);
    }

    /** 85 ms → "85 ms", 1234 ms → "1.2 s". */
    public static String millis(long ms) {
        return Units.elapsed(ms);
    }

    public static String oneDecimal(double v) {
        return I18n.format().decimal(v, 1);
    }

    /** "just now", "3 min ago", "2 h ago", "5 days ago". */
    public static String ago(long then, long now) {
        return Units.ago(then, now);
    }
}
