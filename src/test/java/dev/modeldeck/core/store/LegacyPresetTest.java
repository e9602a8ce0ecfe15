package dev.modeldeck.core.store;

import static dev.modeldeck.testsupport.LegacyAssertions.KEY_ONLY;
import static dev.modeldeck.testsupport.LegacyAssertions.OLLAMA_NO_KEY;
import static dev.modeldeck.testsupport.LegacyAssertions.OPENAI_BASIC;
import static dev.modeldeck.testsupport.LegacyAssertions.expectedSettings;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import dev.modeldeck.testsupport.LegacyAssertions.MigratedProvider;
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
    final FakeClock clock = new FakeClock(1_700_000_000_000L);

    static void assertSameDocument(Settings want, Settings got) {
        assertEquals(JsonWriter.write(want.toJson(true)), JsonWriter.write(got.toJson(true)));
    }

    @Test
    void openaiBasicFixtureGetsTheOpenAiPresetAndNothingElseChanges() throws Exception {
        Settings got = LegacyFixtures.migrate(Fixtures.legacyKeys("openai-basic.json"));
        assertEquals("openai", got.providers.get(0).presetId);
        assertSameDocument(expectedSettings(OPENAI_BASIC, "openai"), got);
    }

    @Test
    void ollamaFixtureGetsTheOllamaPresetButKeepsItsOwnUrlAndAuth() throws Exception {
        Settings got = LegacyFixtures.migrate(Fixtures.legacyKeys("ollama-no-key.json"));
        ProviderConfig p = got.providers.get(0);
        assertEquals("ollama", p.presetId);
        // Not the preset's http://127.0.0.1:11434/v1, and no Origin stripping the user never had.
        assertEquals("http://localhost:11434/v1", p.baseUrl);
        assertFalse(p.stripOrigin);
        assertSameDocument(expectedSettings(OLLAMA_NO_KEY, "ollama"), got);
    }

    @Test
    void keyOnlyFixtureUsesOpenAisDefaultUrlAndSoTheOpenAiPreset() throws Exception {
        Settings got = LegacyFixtures.migrate(Fixtures.legacyKeys("key-only.json"));
        assertEquals("openai", got.providers.get(0).presetId);
        assertSameDocument(expectedSettings(KEY_ONLY, "openai"), got);
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
        Settings got = LegacyFixtures.migrate(keys);
        ProviderConfig p = got.providers.get(0);
        assertEquals(preset, p.presetId);
        MigratedProvider kept = new MigratedProvider(p.name, keptUrl, "sk-legacy-example-0003", AuthStyle.BEARER,
            "some-model", List.of("openai_api_base", "openai_api_key", "openai_model"));
        assertSameDocument(expectedSettings(kept, preset), got);
    }

    @Test
    void fullMigrationStoresThePresetAndLeavesTheLegacyKeysUntouched() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("ollama-no-key.json");
        Map<String, String> before = Fixtures.legacyKeys("ollama-no-key.json");
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
