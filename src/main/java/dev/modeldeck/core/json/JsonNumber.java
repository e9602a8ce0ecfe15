package dev.modeldeck.core.json;

/** Keeps the literal text so large integers (ids, timestamps) are written back unchanged. */
public final class JsonNumber extends Json {
    private final String literal;
    private final double value;

    JsonNumber(String literal, double value) { this.literal = literal; this.value = value; }
    JsonNumber(long value) { this(Long.toString(value), value); }
    JsonNumber(double value) { this(format(value), value); }

    private static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override public boolean isNumber() { return true; }
    @Override public Double num() { return Double.isNaN(value) || Double.isInfinite(value) ? null : value; }
    @Override public String text() { return literal; }
    String literal() { return literal; }

    @Override public boolean equals(Object o) { return o instanceof JsonNumber n && n.value == value; }
    @Override public int hashCode() { return Double.hashCode(value); }
}
