package dev.modeldeck.core.store;

import java.util.List;

/** A store that, when full, evicts caches ({@link CacheEviction}) one at a time until the write fits. */
public final class EvictingKeyValueStore implements KeyValueStore {
    private final KeyValueStore delegate;

    public EvictingKeyValueStore(KeyValueStore delegate) { this.delegate = delegate; }

    @Override public String get(String key) { return delegate.get(key); }

    @Override
    public void put(String key, String value) throws StoreException {
        try {
            delegate.put(key, value);
            return;
        } catch (StoreException e) {
            if (!e.quotaExceeded()) {
                throw e;
            }
            for (String victim : CacheEviction.order(delegate)) {
                if (victim.equals(key)) {
                    continue;
                }
                delegate.remove(victim);
                try {
                    delegate.put(key, value);
                    return;
                } catch (StoreException again) {
                    if (!again.quotaExceeded()) {
                        throw again;
                    }
                }
            }
            throw e;
        }
    }

    @Override public void remove(String key) { delegate.remove(key); }
    @Override public List<String> keys() { return delegate.keys(); }
}
