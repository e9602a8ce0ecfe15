package dev.modeldeck.core.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages' store: when a write finds storage full, cached model lists are removed (largest first) and the
 * write is tried again, so a provider's cache never costs the user a conversation or a setting. Only
 * caches are given up: a write that still does not fit fails as before. Cache writes themselves are not
 * helped this way (a cache that does not fit is kept in memory by its owner).
 */
public final class CacheFirstStore implements KeyValueStore {
    private final KeyValueStore inner;

    public CacheFirstStore(KeyValueStore inner) { this.inner = inner; }

    @Override public String get(String key) { return inner.get(key); }

    @Override
    public void put(String key, String value) throws StoreException {
        try {
            inner.put(key, value);
        } catch (StoreException full) {
            if (!full.quotaExceeded() || isCache(key)) {
                throw full;
            }
            for (String cache : cachesLargestFirst()) {
                inner.remove(cache);
                try {
                    inner.put(key, value);
                    return;
                } catch (StoreException stillFull) {
                    if (!stillFull.quotaExceeded()) {
                        throw stillFull;
                    }
                }
            }
            throw full;
        }
    }

    @Override public void remove(String key) { inner.remove(key); }

    @Override public List<String> keys() { return inner.keys(); }

    static boolean isCache(String key) { return key.startsWith(StorageKeys.MODEL_CACHE_PREFIX); }

    private List<String> cachesLargestFirst() {
        List<String> caches = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (String k : inner.keys()) {
            String v = isCache(k) ? inner.get(k) : null;
            if (v != null) {
                int at = 0;
                while (at < sizes.size() && sizes.get(at) >= v.length()) {
                    at++;
                }
                caches.add(at, k);
                sizes.add(at, v.length());
            }
        }
        return caches;
    }

    @Override public String toString() { return "CacheFirstStore[" + inner + "]"; }
}
