package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Optional numeric settings typed by the user: blank means "use the default". Each field brings its
 * own sentences (the field's name inflects differently per language): {@code outOfRange} gets the
 * bounds already formatted for the locale.
 */
final class NumberField {
    private NumberField() { }

    static Long parseLong(String text, long min, long max, List<String> problems,
                          BiFunction<String, String, String> outOfRange, Supplier<String> notWhole) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(t);
            if (v < min || v > max) {
                problems.add(outOfRange.apply(I18n.format().integer(min), I18n.format().integer(max)));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(notWhole.get());
            return null;
        }
    }

    static Double parseDouble(String text, double min, double max, List<String> problems,
                              BiFunction<String, String, String> outOfRange, Supplier<String> notANumber) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (v < min || v > max) {
                problems.add(outOfRange.apply(I18n.format().decimal(min, 3), I18n.format().decimal(max, 3)));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(notANumber.get());
            return null;
        }
    }

    static String show(Long v) { return v == null ? "" : Long.toString(v); }
    static String show(Double v) { return v == null ? "" : trim(v); }
    static String seconds(Long ms) { return ms == null ? "" : Long.toString(ms / 1000); }

    /** Values put back into an input: the input's own syntax (a dot), not the locale's. */
    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
