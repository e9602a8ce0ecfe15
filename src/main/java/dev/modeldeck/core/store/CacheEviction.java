package dev.modeldeck.core.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What may go when storage is full: caches only (model lists can be fetched again), largest first so the
 * fewest go. Settings, their backups, conversations and legacy data are never on the list.
 */
public final class CacheEviction {
    private CacheEviction() { }

    public static List<String> order(KeyValueStore kv) {
        List<String> keys = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (String key : kv.keys()) {
            if (StorageUsage.categoryOf(key) == StorageUsage.Category.MODEL_CACHE) {
                String v = kv.get(key);
                int size = key.length() + (v == null ? 0 : v.length());
                int at = 0;
                while (at < sizes.size() && sizes.get(at) >= size) {
                    at++;
                }
                keys.add(at, key);
                sizes.add(at, size);
            }
        }
        return keys;
    }
}
