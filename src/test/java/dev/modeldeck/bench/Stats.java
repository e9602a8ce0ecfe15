package dev.modeldeck.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of measured runs. */
final class Stats {
    private Stats() { }

    static double[] of(List<?> values) {
        double[] d = new double[values.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) values.get(i)).doubleValue();
        }
        return d;
    }

    static double median(double[] v) { return percentile(v, 50); }

    /** Nearest-rank percentile. */
    static double percentile(double[] v, double p) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        if (p == 50 && s.length % 2 == 0) {
            return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a >= 100 ? String.format("%.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    /** Column {@code i} of runs that each measured several values. */
    static double[] column(List<double[]> runs, int i) {
        double[] d = new double[runs.size()];
        for (int k = 0; k < d.length; k++) {
            d[k] = runs.get(k)[i];
        }
        return d;
    }
}
