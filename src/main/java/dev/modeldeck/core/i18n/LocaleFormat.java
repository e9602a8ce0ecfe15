package dev.modeldeck.core.i18n;

/** Numbers and clock times written the way the user's language writes them (1,234.5 vs 1.234,5; 3:05 PM vs 15:05). */
public interface LocaleFormat {
    /** Whole number with grouping: 12345 → "12,345" (en) / "12.345" (de). */
    String integer(long n);

    /** Number with at most {@code maxFractionDigits} decimals: 1.25 → "1.3" / "1,3" (digits = 1). */
    String decimal(double n, int maxFractionDigits);

    /** Time of day of an epoch-millisecond instant in the user's zone, hours and minutes. */
    String time(long epochMillis);

    /** Date and time of an epoch-millisecond instant in the user's zone. */
    String dateTime(long epochMillis);
}
