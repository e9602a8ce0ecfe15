package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;

/** Loads a legacy fixture (one user's localStorage before the upgrade) into a fresh store. */
final class LegacyFixtures {
    private LegacyFixtures() { }

    static Map<String, String> read(String name) throws Exception {
        String text = new String(Files.readAllBytes(Paths.get("src/test/resources/fixtures/legacy/" + name)), StandardCharsets.UTF_8);
        Json json = JsonParser.parse(text);
        Map<String, String> map = new TreeMap<>();
        for (Map.Entry<String, Json> e : json.fields().entrySet()) {
            map.put(e.getKey(), e.getValue().str());
        }
        return map;
    }

    static MemoryKeyValueStore store(String name) throws Exception {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        for (Map.Entry<String, String> e : read(name).entrySet()) {
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
