package dev.modeldeck.core.net;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 1123 dates ("Tue, 02 Apr 2024 16:22:56 GMT") to epoch milliseconds and back to a short UTC
 * clock time for messages. Hand-written because java.time is not available in the browser build.
 */
public final class HttpDate {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private HttpDate() { }

    /**
     * Parses "[Day,] DD Mon YYYY HH:MM:SS GMT" (the weekday is optional and not checked; "UTC" and
     * "+0000" are accepted as zone). Returns -1 when the text is not such a date.
     */
    public static long parse(String text) {
        if (text == null) {
            return -1;
        }
        String s = text.trim();
        int comma = s.indexOf(',');
        if (comma >= 0) {
            s = s.substring(comma + 1).trim();
        }
        String[] parts = words(s);
        if (parts.length < 4 || parts.length > 5) {
            return -1;
        }
        int day = toInt(parts[0]);
        int month = monthIndex(parts[1]);
        int year = toInt(parts[2]);
        String[] hms = colonParts(parts[3]);
        if (day < 1 || day > 31 || month < 0 || year < 1970 || hms == null) {
            return -1;
        }
        if (parts.length == 5) {
            String zone = parts[4].toUpperCase();
            if (!zone.equals("GMT") && !zone.equals("UTC") && !zone.equals("Z") && !zone.equals("+0000")) {
                return -1;
            }
        }
        int h = toInt(hms[0]);
        int m = toInt(hms[1]);
        int sec = toInt(hms[2]);
        if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) {
            return -1;
        }
        long days = daysFromCivil(year, month + 1, day);
        return ((days * 24 + h) * 60 + m) * 60_000L + sec * 1000L;
    }

    /** Formats as "Tue, 02 Apr 2024 16:22:56 GMT". */
    public static String format(long epochMillis) {
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        int[] ymd = civilFromDays(days);
        int weekday = (int) Math.floorMod(days + 4, 7); // 1970-01-01 was a Thursday
        String[] names = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        String mon = MONTHS[ymd[1] - 1];
        return names[weekday] + ", " + two(ymd[2]) + " " + Character.toUpperCase(mon.charAt(0)) + mon.substring(1)
                + " " + ymd[0] + " " + clock(epochMillis) + " GMT";
    }

    /** "16:22:56 UTC": the time of day for messages such as "retrying at …". */
    public static String utcTime(long epochMillis) {
        return clock(epochMillis) + " UTC";
    }

    private static String clock(long epochMillis) {
        long secOfDay = Math.floorMod(epochMillis, 86_400_000L) / 1000;
        return two((int) (secOfDay / 3600)) + ":" + two((int) (secOfDay / 60 % 60)) + ":" + two((int) (secOfDay % 60));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    // Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's civil algorithm).
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    static int[] civilFromDays(long z) {
        z += 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        int y = (int) (yoe + era * 400 + (m <= 2 ? 1 : 0));
        return new int[] {y, m, d};
    }

    private static int monthIndex(String s) {
        String lower = s.toLowerCase();
        for (int i = 0; i < MONTHS.length; i++) {
            if (lower.startsWith(MONTHS[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String[] colonParts(String s) {
        int a = s.indexOf(':');
        int b = a < 0 ? -1 : s.indexOf(':', a + 1);
        if (a < 0 || b < 0 || s.indexOf(':', b + 1) >= 0) {
            return null;
        }
        return new String[] {s.substring(0, a), s.substring(a + 1, b), s.substring(b + 1)};
    }

    private static String[] words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** Non-negative decimal integer, or -1. */
    private static int toInt(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
