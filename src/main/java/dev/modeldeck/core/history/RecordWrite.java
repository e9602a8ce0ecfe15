package dev.modeldeck.core.history;

import java.util.function.UnaryOperator;

/**
 * One change inside a write. A put or delete needs no read; a merge reads the stored value and decides in the
 * same transaction, so no other page can write in between.
 *
 * @param key the record's key, or the key prefix of {@link Kind#DELETE_PREFIX}
 * @param change for a merge: given the stored value (or null), returns the value to store, null to delete,
 *               or the very same stored instance to leave it untouched
 */
public record RecordWrite(Kind kind, HistoryArea area, String key, String value, UnaryOperator<String> change) {
    public enum Kind { PUT, DELETE, DELETE_PREFIX, MERGE }

    public static RecordWrite put(HistoryArea area, String key, String value) {
        return new RecordWrite(Kind.PUT, area, key, value, null);
    }

    public static RecordWrite delete(HistoryArea area, String key) { return new RecordWrite(Kind.DELETE, area, key, null, null); }

    /** Deletes every record whose key starts with {@code prefix}. */
    public static RecordWrite deletePrefix(HistoryArea area, String prefix) {
        return new RecordWrite(Kind.DELETE_PREFIX, area, prefix, null, null);
    }

    public static RecordWrite merge(HistoryArea area, String key, UnaryOperator<String> change) {
        return new RecordWrite(Kind.MERGE, area, key, null, change);
    }

    /** The upper end of a prefix range: every key starting with the prefix sorts below it. */
    public static String prefixEnd(String prefix) { return prefix + '\uffff'; }

    /** Without the value: it holds the user's words. */
    @Override public String toString() { return "RecordWrite[" + kind + " " + area + " " + key + "]"; }
}
