package dev.modeldeck.core.history;

import dev.modeldeck.core.store.StoreException;
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

    /** Starts the writes as one transaction: all of them are stored, or none. */
    PendingWrite write(List<RecordWrite> writes);
}
