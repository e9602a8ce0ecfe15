package dev.modeldeck.core.history;

import java.util.List;

/**
 * The newest records of a key range and how many the range holds in all.
 *
 * @param values the last records of the range, in key order
 * @param total  every record of the range, those in {@code values} included
 */
public record NewestRecords(List<String> values, int total) {
    /** Without the values: they hold the user's words. */
    @Override public String toString() { return "NewestRecords[" + values.size() + " of " + total + "]"; }
}
