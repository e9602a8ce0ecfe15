package dev.modeldeck.core.discovery;

/** Reads how long a 429 asked us to wait. HTTP-date values are not read (no date parser in the browser build). */
final class RetryAfter {
    private RetryAfter() { }

    /** Milliseconds from "retry-after-ms" or "Retry-After" (seconds, possibly fractional); -1 when neither is usable. */
    static long parseMs(String retryAfterMs, String retryAfterSeconds) {
        double ms = number(retryAfterMs);
        if (ms >= 0) {
            return (long) Math.ceil(ms);
        }
        double s = number(retryAfterSeconds);
        return s >= 0 ? (long) Math.ceil(s * 1000) : -1;
    }

    private static double number(String text) {
        if (text == null) {
            return -1;
        }
        String t = text.trim();
        if (t.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return -1;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
