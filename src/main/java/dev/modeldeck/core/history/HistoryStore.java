package dev.modeldeck.core.history;

import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * The durable record store conversations live in (IndexedDB in the browser, {@link MemoryHistoryStore} on the JVM).
 * Reads block like the other asynchronous ports (the browser awaits on a green thread); writes start at once,
 * so a page that is going away can still hand its last batch over without waiting.
 */
public interface HistoryStore {
    /** The record's value, or null. Blocks. */
    String get(HistoryArea area, String key) throws StoreException;

    /** Values of the records whose keys start with {@code prefix}, in key order. Blocks. */
    List<String> range(HistoryArea area, String prefix) throws StoreException;

    /**
     * The last {@code count} records whose keys start with {@code prefix} (in key order) and how many there are.
     * Blocks. Stores that can read a range backwards should, so the cost does not grow with the range.
     */
    default NewestRecords newest(HistoryArea area, String prefix, int count) throws StoreException {
        List<String> all = range(area, prefix);
        return new NewestRecords(new ArrayList<>(all.subList(Math.max(0, all.size() - count), all.size())), all.size());
    }

    /**
     * How many records have keys starting with {@code prefix} and the UTF-8 bytes of their values. Blocks. Stores
     * whose values live outside Java should count them there rather than copy every value over to be measured.
     */
    default RangeSize size(HistoryArea area, String prefix) throws StoreException {
        List<String> all = range(area, prefix);
        long bytes = 0;
        for (String value : all) {
            bytes += HistorySize.utf8(value);
        }
        return new RangeSize(all.size(), bytes);
    }

    /** Starts the writes as one transaction: all of them are stored, or none. */
    PendingWrite write(List<RecordWrite> writes);
}
