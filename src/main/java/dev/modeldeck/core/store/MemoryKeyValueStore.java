package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory store: the JVM implementation of the port, with an optional byte quota to test full storage. */
public final class MemoryKeyValueStore implements KeyValueStore {
    private final Map<String, String> data = new LinkedHashMap<>();
    private long quotaChars = Long.MAX_VALUE;

    public synchronized void setQuotaChars(long quota) { this.quotaChars = quota; }

    @Override public synchronized String get(String key) { return data.get(key); }

    @Override
    public synchronized void put(String key, String value) throws StoreException {
        long used = 0;
        for (Map.Entry<String, String> e : data.entrySet()) {
            if (!e.getKey().equals(key)) {
                used += e.getKey().length() + e.getValue().length();
            }
        }
        if (used + key.length() + value.length() > quotaChars) {
            throw new StoreException(I18n.t("store_storage_full"), true);
        }
        data.put(key, value);
    }

    @Override public synchronized void remove(String key) { data.remove(key); }
    @Override public synchronized List<String> keys() { return new ArrayList<>(data.keySet()); }
}
