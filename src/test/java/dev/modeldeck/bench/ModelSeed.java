package dev.modeldeck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modeldeck.core.discovery.ModelCache;
import dev.modeldeck.core.discovery.ModelList;
import dev.modeldeck.core.discovery.ModelListParser;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.CredentialFingerprint;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * localStorage contents the page benchmarks start from: settings written by core's Settings, and model
 * cache entries written by core's ModelCache (so the stored format is exactly the product's). The models
 * are the real fixture model objects (fixtures/models), repeated with numbered ids to reach the count,
 * and parsed by ModelListParser as a provider's answer would be.
 */
final class ModelSeed {
    private final List<ObjectNode> realModels = new ArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper();

    ModelSeed(Path modelsDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(modelsDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            collect(mapper.readTree(f.toFile()));
        }
    }

    private void collect(JsonNode n) {
        if (n.isArray()) {
            n.forEach(this::collect);
        } else if (n.isObject()) {
            if (n.path("id").isTextual() && !n.path("id").asText().isEmpty()) {
                realModels.add((ObjectNode) n);
            } else {
                n.path("data").forEach(this::collect);
            }
        }
    }

    int distinctRealModels() { return realModels.size(); }

    /** Keyless providers p1..pN at {@code baseUrl}, each with {@code modelsEach} cached models; plus settings. */
    Map<String, String> storage(String baseUrl, int providers, int modelsEach, String defaultModel) throws Exception {
        Settings s = new Settings();
        MemoryKeyValueStore mem = new MemoryKeyValueStore();
        ModelCache cache = new ModelCache(mem, Clock.SYSTEM);
        int next = 0;
        for (int i = 1; i <= providers; i++) {
            ProviderConfig p = new ProviderConfig("p" + i, "Provider " + i, baseUrl);
            p.authStyle = AuthStyle.NONE;
            s.providers.add(p);
            cache.recordSuccess(p.id, p.baseUrl, CredentialFingerprint.of(p), list(next, modelsEach));
            next += modelsEach;
        }
        if (defaultModel != null && providers > 0) {
            s.defaultProviderId = "p1";
            s.defaultModelId = defaultModel;
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("modeldeck.settings", s.toJson(true).toString());
        for (String k : mem.keys()) {
            out.put(k, mem.get(k));
        }
        return out;
    }

    /** Models number {@code from}..{@code from+count-1}: real objects in turn, ids made unique by a round suffix. */
    ModelList list(int from, int count) throws Exception {
        ArrayNode data = mapper.createArrayNode();
        for (int i = from; i < from + count; i++) {
            ObjectNode m = realModels.get(i % realModels.size()).deepCopy();
            int round = i / realModels.size();
            if (round > 0) {
                m.put("id", m.path("id").asText() + "-r" + round);
            }
            data.add(m);
        }
        ObjectNode body = mapper.createObjectNode().put("object", "list");
        body.set("data", data);
        return ModelListParser.parse(mapper.writeValueAsString(body), "application/json", List.of());
    }
}
