package dev.modeldeck.core.store;

import dev.modeldeck.testsupport.Fixtures;
import java.util.Map;
import java.util.TreeMap;

/** Loads a legacy fixture (one user's localStorage before the upgrade) into a fresh store. */
final class LegacyFixtures {
    private LegacyFixtures() { }

    static MemoryKeyValueStore store(String name) throws StoreException {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        for (Map.Entry<String, String> e : Fixtures.legacyKeys(name).entrySet()) {
            kv.put(e.getKey(), e.getValue());
        }
        return kv;
    }

    /** Every key and value, sorted, for comparing two stores. */
    static Map<String, String> snapshot(KeyValueStore kv) {
        Map<String, String> map = new TreeMap<>();
        for (String k : kv.keys()) {
            map.put(k, kv.get(k));
        }
        return map;
    }
}
