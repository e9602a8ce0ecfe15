package dev.modeldeck.core.store;

import static dev.modeldeck.testsupport.LegacyAssertions.KEY_ONLY;
import static dev.modeldeck.testsupport.LegacyAssertions.OLLAMA_NO_KEY;
import static dev.modeldeck.testsupport.LegacyAssertions.OPENAI_BASIC;
import static dev.modeldeck.testsupport.LegacyAssertions.assertMigratedProvider;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyV1ToV2Test {
    static final LegacyV1ToV2 STEP = LegacyFixtures.STEP;

    @Test
    void openaiBasicFixtureBecomesOneOpenAiProviderWithItsKeyAndModel() throws Exception {
        Settings s = LegacyFixtures.migrate(Fixtures.legacyKeys("openai-basic.json"));
        assertMigratedProvider(s, OPENAI_BASIC);
        assertEquals(0, s.revision);
    }

    @Test
    void ollamaFixtureBecomesAKeylessLocalProviderWithoutTrailingSlash() throws Exception {
        assertMigratedProvider(LegacyFixtures.migrate(Fixtures.legacyKeys("ollama-no-key.json")), OLLAMA_NO_KEY);
    }

    @Test
    void keyOnlyFixtureUsesOpenAisDefaultBaseUrl() throws Exception {
        assertMigratedProvider(LegacyFixtures.migrate(Fixtures.legacyKeys("key-only.json")), KEY_ONLY);
    }

    @Test
    void keyIsPreservedExactlyIncludingSurroundingSpaces() {
        Settings s = LegacyFixtures.migrate(Map.of("openai_api_key", "  sk-with spaces\t"));
        assertEquals("  sk-with spaces\t", s.providers.get(0).apiKey);
    }

    @Test
    void remoteHostWithoutKeyStillUsesBearerSoTheUserIsAskedForOne() {
        ProviderConfig p = LegacyFixtures.migrate(Map.of("openai_api_base", "https://api.example.com/v1")).providers.get(0);
        assertEquals(AuthStyle.BEARER, p.authStyle);
        assertEquals("api.example.com", p.name);
    }

    @Test
    void localHostWithKeyKeepsBearer() {
        ProviderConfig p = LegacyFixtures.migrate(Map.of("openai_api_base", "http://127.0.0.1:8080/v1", "openai_api_key", "k")).providers.get(0);
        assertEquals(AuthStyle.BEARER, p.authStyle);
        assertEquals("127.0.0.1:8080", p.name);
    }

    @ParameterizedTest
    @CsvSource({
        "'  https://api.openai.com/v1/  ', https://api.openai.com/v1",
        "https://api.openai.com, https://api.openai.com/v1",
        "https://api.openai.com///, https://api.openai.com/v1",
        "'', https://api.openai.com/v1",
        "'   ', https://api.openai.com/v1",
        "http://localhost:1234/v1//, http://localhost:1234/v1",
        "https://openrouter.ai/api/v1/, https://openrouter.ai/api/v1",
        "https://my.host, https://my.host",
    })
    void baseUrlIsTrimmedWithoutTrailingSlashAndOpenAiGetsV1(String raw, String expected) {
        assertEquals(expected, LegacyFixtures.migrate(Map.of("openai_api_base", raw)).providers.get(0).baseUrl);
    }

    @Test
    void normalizationHookRunsAfterTheBuiltInCleanup() {
        LegacyV1ToV2 step = new LegacyV1ToV2(u -> u.endsWith("/v1") ? u : u + "/v1");
        Json out = step.apply(LegacyFixtures.v1(Map.of("openai_api_base", " http://gpu-box:8000/ ")));
        assertEquals("http://gpu-box:8000/v1", Settings.fromJson(out).providers.get(0).baseUrl);
    }

    @Test
    void blankModelIsNotADefault() {
        Settings s = LegacyFixtures.migrate(Map.of("openai_model", "  "));
        assertNull(s.providers.get(0).defaultModel);
        assertNull(s.defaultModelId);
    }

    @Test
    void sameInputGivesTheSameDocumentEveryTime() throws Exception {
        Map<String, String> keys = Fixtures.legacyKeys("openai-basic.json");
        assertEquals(JsonWriter.write(STEP.apply(LegacyFixtures.v1(keys))), JsonWriter.write(STEP.apply(LegacyFixtures.v1(keys))));
    }

    @Test
    void chatHistoryNeverEntersTheSettingsDocument() throws Exception {
        String doc = JsonWriter.write(STEP.apply(LegacyFixtures.v1(Fixtures.legacyKeys("openai-basic.json"))));
        assertFalse(doc.contains("Hello! How can I help?"));
    }
}
