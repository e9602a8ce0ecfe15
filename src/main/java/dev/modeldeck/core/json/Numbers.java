package dev.modeldeck.core.json;

/**
 * Whole numbers from outside (a provider, a file, stored data) turned into {@code long}s without surprises.
 * In the browser TeaVM converts {@code (long) double} through BigInt, which throws a RangeError for NaN and
 * Infinity (JSON.parse reads "1e400" as Infinity) and wraps huge values around; every such conversion of
 * foreign data goes through here instead.
 */
public final class Numbers {
    /** 2^53 - 1: the largest whole number a double holds exactly; beyond it no count or time is meaningful. */
    public static final long MAX_EXACT = 9_007_199_254_740_991L;

    private Numbers() { }

    /** The number without its fraction when it is finite and within ±{@link #MAX_EXACT}, else null. */
    public static Long whole(Double d) {
        if (d == null || d.isNaN() || d.isInfinite() || d > MAX_EXACT || d < -MAX_EXACT) {
            return null;
        }
        return (long) (double) d;
    }

    /** The value's whole number when it lies in {@code [min, max]}; null when absent, not a number or outside. */
    public static Long inRange(Json value, long min, long max) {
        Long n = whole(value.num());
        return n == null || n < min || n > max ? null : n;
    }

    /** The value's number when it lies in {@code [min, max]} (fractions kept); null otherwise. */
    public static Double inRange(Json value, double min, double max) {
        Double d = value.num();
        return d == null || d < min || d > max ? null : d;
    }
}
