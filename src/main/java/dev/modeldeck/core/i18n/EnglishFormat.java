package dev.modeldeck.core.i18n;

/**
 * The JVM stand-in for the browser's {@code Intl} formatting: English separators and UTC times.
 * Hand-written because {@code java.text} does not compile under TeaVM and core must.
 */
public final class EnglishFormat implements LocaleFormat {
    @Override
    public String integer(long n) {
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

    @Override
    public String decimal(double n, int maxFractionDigits) {
        long scale = 1;
        for (int i = 0; i < maxFractionDigits; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(n) * scale);
        String whole = integer(scaled / scale);
        long fraction = scaled % scale;
        String sign = n < 0 && scaled != 0 ? "-" : "";
        if (fraction == 0) {
            return sign + whole;
        }
        StringBuilder digits = new StringBuilder(Long.toString(fraction));
        while (digits.length() < maxFractionDigits) {
            digits.insert(0, '0');
        }
        while (digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        return sign + whole + "." + digits;
    }

    @Override
    public String time(long epochMillis) {
        long minutesOfDay = Math.floorMod(epochMillis / 60_000, 1440);
        return two(minutesOfDay / 60) + ":" + two(minutesOfDay % 60);
    }

    @Override
    public String dateTime(long epochMillis) {
        return utcDate(epochMillis) + " " + time(epochMillis);
    }

    /** yyyy-mm-dd of a UTC instant, by the days-to-civil calculation (no java.time in the browser build). */
    public static String utcDate(long epochMillis) {
        long z = Math.floorDiv(epochMillis, 86_400_000L) + 719_468; // days since 0000-03-01
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return y + "-" + two(m) + "-" + two(d);
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }
}
