package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.testsupport.Fixtures;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Legacy v1 fixtures (one user's localStorage before the upgrade) as a store, or through the v1 to v2 step alone. */
final class LegacyFixtures {
    /** The v1 to v2 step alone, without the repository's URL normalisation. */
    static final LegacyV1ToV2 STEP = new LegacyV1ToV2(UnaryOperator.identity());

    private LegacyFixtures() { }

    /** The legacy keys as a schema-1 settings document, the input of {@link #STEP}. */
    static JsonObject v1(Map<String, String> keys) {
        JsonObject o = Json.object().put("schemaVersion", 1);
        for (Map.Entry<String, String> e : keys.entrySet()) {
            o.put(e.getKey(), e.getValue());
        }
        return o;
    }

    /** The settings {@link #STEP} makes of these legacy keys. */
    static Settings migrate(Map<String, String> keys) {
        Json out = STEP.apply(v1(keys));
        assertEquals(2, Migrations.versionOf(out));
        return Settings.fromJson(out);
    }

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
