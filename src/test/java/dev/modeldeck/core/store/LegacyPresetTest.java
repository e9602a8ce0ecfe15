package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The imported legacy provider names the preset that matches its host, and the preset is the only thing
 * that differs from a plain custom import: URL, key, auth and every other field stay as the user had them.
 */
class LegacyPresetTest {
    static final LegacyV1ToV2 STEP = new LegacyV1ToV2(UnaryOperator.identity());
    final FakeClock clock = new FakeClock(1_700_000_000_000L);

    static Settings migrate(Map<String, String> keys) {
        JsonObject v1 = Json.object().put("schemaVersion", 1);
        for (Map.Entry<String, String> e : keys.entrySet()) {
            v1.put(e.getKey(), e.getValue());
        }
        return Settings.fromJson(STEP.apply(v1));
    }

    /** What the import produced before presets were guessed, plus the expected preset id. */
    static Settings expected(String preset, String name, String baseUrl, String key, AuthStyle auth, String model,
                             List<String> legacyKeys) {
        ProviderConfig p = new ProviderConfig(LegacyV1ToV2.PROVIDER_ID, name, baseUrl);
        p.presetId = preset;
        p.apiKey = key;
        p.authStyle = auth;
        p.defaultModel = model;
        Settings s = new Settings();
        s.providers.add(p);
        s.defaultProviderId = LegacyV1ToV2.PROVIDER_ID;
        s.defaultModelId = model;
        s.migratedFromLegacy = true;
        s.legacyKeys.addAll(legacyKeys);
        return s;
    }

    static void assertSameDocument(Settings want, Settings got) {
        assertEquals(JsonWriter.write(want.toJson(true)), JsonWriter.write(got.toJson(true)));
    }

    @Test
    void openaiBasicFixtureGetsTheOpenAiPresetAndNothingElseChanges() throws Exception {
        Settings got = migrate(LegacyFixtures.read("openai-basic.json"));
        assertEquals("openai", got.providers.get(0).presetId);
        assertSameDocument(expected("openai", "OpenAI", "https://api.openai.com/v1", "sk-legacy-example-0001",
            AuthStyle.BEARER, "gpt-4o-mini",
            Arrays.asList("openai_api_base", "openai_api_key", "openai_model", "chat_history")), got);
    }

    @Test
    void ollamaFixtureGetsTheOllamaPresetButKeepsItsOwnUrlAndAuth() throws Exception {
        Settings got = migrate(LegacyFixtures.read("ollama-no-key.json"));
        ProviderConfig p = got.providers.get(0);
        assertEquals("ollama", p.presetId);
        // Not the preset's http://127.0.0.1:11434/v1, and no Origin stripping the user never had.
        assertEquals("http://localhost:11434/v1", p.baseUrl);
        assertFalse(p.stripOrigin);
        assertSameDocument(expected("ollama", "Ollama (localhost)", "http://localhost:11434/v1", "",
            AuthStyle.NONE, "llama3.1:8b", Arrays.asList("openai_api_base", "openai_model")), got);
    }

    @Test
    void keyOnlyFixtureUsesOpenAisDefaultUrlAndSoTheOpenAiPreset() throws Exception {
        Settings got = migrate(LegacyFixtures.read("key-only.json"));
        assertEquals("openai", got.providers.get(0).presetId);
        assertSameDocument(expected("openai", "OpenAI", "https://api.openai.com/v1", "sk-legacy-example-0002",
            AuthStyle.BEARER, null, Collections.singletonList("openai_api_key")), got);
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.groq.com/openai/v1,     groq,       https://api.groq.com/openai/v1",
        "https://openrouter.ai/api/v1/,      openrouter, https://openrouter.ai/api/v1",
        "' https://api.together.xyz/v1 ',    together,   https://api.together.xyz/v1",
        "https://api.mistral.ai/v1,          mistral,    https://api.mistral.ai/v1",
        "https://api.deepseek.com,           deepseek,   https://api.deepseek.com",
        "https://api.openai.com/,            openai,     https://api.openai.com/v1",
        "http://localhost:11434,             ollama,     http://localhost:11434",
        "http://127.0.0.1:1234/v1,           lmstudio,   http://127.0.0.1:1234/v1",
        "http://localhost:8080/v1,           llamacpp,   http://localhost:8080/v1",
        "https://llm.example.com/v1,         custom,     https://llm.example.com/v1",
        "http://llm.example.com:8080/v1,     custom,     http://llm.example.com:8080/v1",
    })
    void baseUrlHostPicksThePresetWhileUrlKeyAndModelStayTheUsers(String legacyBase, String preset, String keptUrl) {
        Map<String, String> keys = new TreeMap<>();
        keys.put("openai_api_base", legacyBase);
        keys.put("openai_api_key", "sk-legacy-example-0003");
        keys.put("openai_model", "some-model");
        Settings got = migrate(keys);
        ProviderConfig p = got.providers.get(0);
        assertEquals(preset, p.presetId);
        assertSameDocument(expected(preset, p.name, keptUrl, "sk-legacy-example-0003", AuthStyle.BEARER, "some-model",
            Arrays.asList("openai_api_base", "openai_api_key", "openai_model")), got);
    }

    @Test
    void fullMigrationStoresThePresetAndLeavesTheLegacyKeysUntouched() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("ollama-no-key.json");
        Map<String, String> before = LegacyFixtures.read("ollama-no-key.json");
        LoadResult r = new SettingsRepository(kv, clock, "page-1", UnaryOperator.identity()).load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        assertEquals("ollama", r.settings().providers.get(0).presetId);
        assertEquals("http://localhost:11434/v1", r.settings().providers.get(0).baseUrl);
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertEquals(e.getValue(), kv.get(e.getKey()), e.getKey());
        }
        // Read back from storage by a second page: the preset was saved, not only returned.
        Settings reread = new SettingsRepository(kv, clock, "page-2", UnaryOperator.identity()).load().settings();
        assertEquals("ollama", reread.providers.get(0).presetId);
        assertEquals(1, reread.providers.size());
    }
}
