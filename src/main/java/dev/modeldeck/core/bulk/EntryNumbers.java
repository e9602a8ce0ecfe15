package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;

/**
 * Every number an export-file entry may carry, with the range the provider form allows. A value outside
 * it (negative, fractional where a count is meant, 1e308, or 1e400, which JSON readers turn into
 * infinity) refuses the file with the field and the range, before any of it is converted or stored.
 */
final class EntryNumbers {
    private record Range(String field, double min, double max, boolean whole) { }

    private static final Range[] PROVIDER = {
        new Range("timeoutMs", 1_000, 3_600_000, true),
        new Range("idleTimeoutMs", 1_000, 3_600_000, true),
        new Range("temperature", 0, 2, false),
        new Range("maxTokens", 1, 10_000_000, true),
        new Range("requestsPerMinute", 1, 100_000, true),
        new Range("modelCacheTtlMs", 60_000, 604_800_000, true),
    };
    private static final Range[] CUSTOM_MODEL = {
        new Range("contextLength", 1, 1_000_000_000, true),
        new Range("maxOutput", 1, 1_000_000_000, true),
    };

    private EntryNumbers() { }

    /** @param where "Entry 3" or "Entry 3 (“Groq”)" */
    static void check(Json entry, String where) throws ImportRejected {
        for (Range r : PROVIDER) {
            check(entry.get(r.field()), r, r.field(), where);
        }
        for (Json model : entry.get("customModels").items()) {
            for (Range r : CUSTOM_MODEL) {
                check(model.get(r.field()), r, "customModels." + r.field(), where);
            }
        }
    }

    private static void check(Json v, Range r, String name, String where) throws ImportRejected {
        if (v.isMissing() || v.isNull()) {
            return;
        }
        if (!v.isNumber()) {
            throw malformed(I18n.t("bulk_field_number", where, name));
        }
        // num() is null for a number literal no double holds (1e400): that is out of range, not "not a number".
        Double d = v.num();
        boolean inRange = d != null && d >= r.min() && d <= r.max() && (!r.whole() || d == Math.floor(d));
        if (inRange) {
            return;
        }
        throw malformed(r.whole()
            ? I18n.t("bulk_number_whole_range", where, name, I18n.format().integer((long) r.min()), I18n.format().integer((long) r.max()))
            : I18n.t("bulk_number_range", where, name, I18n.format().decimal(r.min(), 3), I18n.format().decimal(r.max(), 3)));
    }

    private static ImportRejected malformed(String m) { return new ImportRejected(ImportRejected.Reason.MALFORMED, m); }
}
