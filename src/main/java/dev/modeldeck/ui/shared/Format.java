package dev.modeldeck.ui.shared;

/** Number and time formatting without String.format (which would add ~175 KB to each page). */
public final class Format {
    private Format() { }

    /** 12345 → "12,345". */
    public static String thousands(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    /** 131072 → "131k", 1048576 → "1M" (context windows). */
    public static String tokens(long n) {
        if (n >= 1_000_000 && n % 1_000_000 < 50_000) {
            return (n / 1_000_000) + "M";
        }
        if (n >= 1_000_000) {
            return oneDecimal(n / 1_000_000.0) + "M";
        }
        if (n >= 1000) {
            return Math.round(n / 1000.0) + "k";
        }
        return Long.toString(n);
    }

    /** 1234 ms → "1.2 s", 85 ms → "85 ms". */
    public static String millis(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return oneDecimal(ms / 1000.0) + " s";
        }
        return (ms / 60_000) + " min " + ((ms % 60_000) / 1000) + " s";
    }

    public static String oneDecimal(double v) {
        long tenths = Math.round(v * 10);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** "just now", "3 min ago", "2 h ago", "5 days ago". */
    public static String ago(long then, long now) {
        long s = Math.max(0, (now - then) / 1000);
        if (s < 10) {
            return "just now";
        }
        if (s < 60) {
            return s + " s ago";
        }
        if (s < 3600) {
            return (s / 60) + " min ago";
        }
        if (s < 86_400) {
            return (s / 3600) + " h ago";
        }
        return (s / 86_400) + " days ago";
    }

    public static String plural(long n, String one, String many) {
        return thousands(n) + " " + (n == 1 ? one : many);
    }
}
