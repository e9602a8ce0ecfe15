package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.Units;

/** Parses provider duration strings and words waits for people ("2 s", "1 min 30 s"). */
public final class Durations {
    private Durations() { }

    /**
     * Parses Go-style durations as sent in x-ratelimit-reset-* headers ("1s", "6m0s", "20ms",
     * "1h2m3.5s", "292.5ms") and bare numbers, which mean seconds. Returns milliseconds, or -1.
     */
    public static long parse(String text) {
        if (text == null) {
            return -1;
        }
        String s = text.trim().toLowerCase();
        if (s.isEmpty()) {
            return -1;
        }
        double bare = number(s);
        if (!Double.isNaN(bare)) {
            return bare < 0 ? -1 : (long) Math.ceil(bare * 1000);
        }
        double total = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            double value = number(s.substring(start, i));
            int unitStart = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            double factor = unitMillis(unit);
            if (Double.isNaN(value) || factor < 0) {
                return -1;
            }
            total += value * factor;
        }
        return (long) Math.ceil(total);
    }

    private static double unitMillis(String unit) {
        switch (unit) {
            case "ms": return 1;
            case "s": case "sec": return 1000;
            case "m": case "min": return 60_000;
            case "h": return 3_600_000;
            case "us": case "µs": return 0.001;
            default: return -1;
        }
    }

    /** A plain non-negative decimal number, or NaN. */
    static double number(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        if (dots > 1 || s.equals(".")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** Words a wait: "0.5 s", "2 s" (rounded up), "1 min 30 s", "2 h 5 min" — in the user's language. */
    public static String describe(long ms) {
        return Units.duration(ms);
    }
}
