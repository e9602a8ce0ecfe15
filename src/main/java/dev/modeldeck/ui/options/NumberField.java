package dev.modeldeck.ui.options;

import java.util.List;

/** Optional numeric settings typed by the user: blank means "use the default". */
final class NumberField {
    private NumberField() { }

    static Long parseLong(String text, String label, long min, long max, List<String> problems) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(t);
            if (v < min || v > max) {
                problems.add(label + " must be between " + min + " and " + max + ".");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(label + " must be a whole number.");
            return null;
        }
    }

    static Double parseDouble(String text, String label, double min, double max, List<String> problems) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (v < min || v > max) {
                problems.add(label + " must be between " + trim(min) + " and " + trim(max) + ".");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(label + " must be a number.");
            return null;
        }
    }

    static String show(Long v) { return v == null ? "" : Long.toString(v); }
    static String show(Double v) { return v == null ? "" : trim(v); }
    static String seconds(Long ms) { return ms == null ? "" : Long.toString(ms / 1000); }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
