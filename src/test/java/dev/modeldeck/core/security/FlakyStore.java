package dev.modeldeck.core.security;

import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.StoreException;
import java.util.List;

/** A store whose writes can be made to fail (like a full localStorage) or to store garbled text. */
final class FlakyStore implements KeyValueStore {
    final MemoryKeyValueStore inner = new MemoryKeyValueStore();
    boolean failPuts;
    /** The next put stores only half of its value, then puts behave again. */
    boolean garbleNextPut;
    int puts;

    @Override public String get(String key) { return inner.get(key); }

    @Override
    public void put(String key, String value) throws StoreException {
        puts++;
        if (failPuts) {
            throw new StoreException("Storage is full.", true);
        }
        if (garbleNextPut) {
            garbleNextPut = false;
            value = value.substring(0, value.length() / 2);
        }
        inner.put(key, value);
    }

    @Override public void remove(String key) { inner.remove(key); }
    @Override public List<String> keys() { return inner.keys(); }
}
