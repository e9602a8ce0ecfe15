package dev.modeldeck.core.history;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link HistoryStore} in memory: the JVM implementation for tests, and the page's fallback without IndexedDB. */
public final class MemoryHistoryStore implements HistoryStore {
    private final Map<HistoryArea, TreeMap<String, String>> areas = new EnumMap<>(HistoryArea.class);
    private long quotaChars = Long.MAX_VALUE;
    private int writes;

    public MemoryHistoryStore() {
        for (HistoryArea a : HistoryArea.values()) {
            areas.put(a, new TreeMap<>());
        }
    }

    /** Refuses any transaction that would leave more than {@code quota} characters of keys and values stored. */
    public synchronized void setQuotaChars(long quota) { this.quotaChars = quota; }

    /** Transactions committed so far. */
    public synchronized int writes() { return writes; }

    @Override public synchronized String get(HistoryArea area, String key) { return areas.get(area).get(key); }

    @Override
    public synchronized List<String> range(HistoryArea area, String prefix) {
        return new ArrayList<>(areas.get(area).subMap(prefix, RecordWrite.prefixEnd(prefix)).values());
    }

    /** Every key of an area, in order (for tests). */
    public synchronized List<String> keys(HistoryArea area) { return new ArrayList<>(areas.get(area).keySet()); }

    @Override
    public synchronized PendingWrite write(List<RecordWrite> list) {
        Map<HistoryArea, TreeMap<String, String>> next = new EnumMap<>(HistoryArea.class);
        for (Map.Entry<HistoryArea, TreeMap<String, String>> e : areas.entrySet()) {
            next.put(e.getKey(), new TreeMap<>(e.getValue()));
        }
        for (RecordWrite w : list) {
            TreeMap<String, String> area = next.get(w.area());
            if (w.kind() == RecordWrite.Kind.DELETE_PREFIX) {
                area.subMap(w.key(), RecordWrite.prefixEnd(w.key())).clear();
                continue;
            }
            String stored = area.get(w.key());
            boolean merge = w.kind() == RecordWrite.Kind.MERGE;
            String value = merge ? w.change().apply(stored) : w.value();
            if (merge && value == stored) {
                continue;
            }
            if (value == null) {
                area.remove(w.key());
            } else {
                area.put(w.key(), value);
            }
        }
        if (size(next) > quotaChars) {
            return PendingWrite.done(new StoreException(I18n.t("store_storage_full"), true));
        }
        areas.putAll(next);
        writes++;
        return PendingWrite.done(null);
    }

    private static long size(Map<HistoryArea, TreeMap<String, String>> all) {
        long n = 0;
        for (TreeMap<String, String> area : all.values()) {
            for (Map.Entry<String, String> e : area.entrySet()) {
                n += e.getKey().length() + e.getValue().length();
            }
        }
        return n;
    }
}
