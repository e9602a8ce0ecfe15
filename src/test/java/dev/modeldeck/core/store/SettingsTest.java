package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SettingsTest {
    static final ObjectMapper JACKSON = new ObjectMapper();

    static Settings sample() {
        Settings s = new Settings();
        ProviderConfig a = new ProviderConfig("p-1", "OpenAI", "https://api.openai.com/v1");
        a.apiKey = "sk-secret-1";
        a.defaultModel = "gpt-4o-mini";
        ProviderConfig b = new ProviderConfig("p-2", "Ollama", "http://localhost:11434/v1");
        b.authStyle = AuthStyle.NONE;
        s.providers.add(a);
        s.providers.add(b);
        s.theme = Theme.DARK;
        s.defaultProviderId = "p-2";
        s.defaultModelId = "llama3.1:8b";
        s.fallbackChains.add(new FallbackChain("Everyday", Arrays.asList(
            new FallbackStep("p-1", "gpt-4o-mini"), new FallbackStep("p-2", "llama3.1:8b"))));
        s.keyStorage = KeyStorageMode.VAULT;
        s.revision = 7;
        s.savedBy = "options-abc";
        s.savedAt = 1_700_000_000_123L;
        s.migratedFromLegacy = true;
        s.legacyKeys.add("openai_api_key");
        return s;
    }

    @Test
    void everyFieldSurvivesARoundTripThroughStoredText() throws Exception {
        Settings s = sample();
        Settings back = Settings.fromJson(JsonParser.parse(JsonWriter.write(s.toJson(true))));
        assertEquals(2, back.providers.size());
        assertEquals("p-1", back.providers.get(0).id);
        assertEquals("p-2", back.providers.get(1).id);
        assertEquals("sk-secret-1", back.providers.get(0).apiKey);
        assertEquals(AuthStyle.NONE, back.providers.get(1).authStyle);
        assertEquals(Theme.DARK, back.theme);
        assertEquals("p-2", back.defaultProviderId);
        assertEquals("llama3.1:8b", back.defaultModelId);
        assertEquals(1, back.fallbackChains.size());
        assertEquals("Everyday", back.fallbackChains.get(0).name);
        assertEquals(Arrays.asList(new FallbackStep("p-1", "gpt-4o-mini"), new FallbackStep("p-2", "llama3.1:8b")),
            back.fallbackChains.get(0).steps);
        assertEquals(KeyStorageMode.VAULT, back.keyStorage);
        assertEquals(7, back.revision);
        assertEquals("options-abc", back.savedBy);
        assertEquals(1_700_000_000_123L, back.savedAt);
        assertTrue(back.migratedFromLegacy);
        assertEquals(Arrays.asList("openai_api_key"), back.legacyKeys);
        assertEquals(JsonWriter.write(s.toJson(true)), JsonWriter.write(back.toJson(true)));
    }

    @Test
    void documentStatesTheCurrentSchemaVersionAndIsValidJson() throws Exception {
        JsonNode node = JACKSON.readTree(JsonWriter.write(sample().toJson(true)));
        assertEquals(Settings.SCHEMA_VERSION, node.get("schemaVersion").asInt());
        assertEquals(2, Settings.SCHEMA_VERSION);
        assertEquals("dark", node.get("theme").asText());
        assertEquals("vault", node.get("keyStorage").asText());
        assertEquals("p-1", node.get("fallbackChains").get(0).get("steps").get(0).get("providerId").asText());
    }

    @Test
    void exportWithoutKeysLeavesEveryApiKeyOut() {
        String text = JsonWriter.write(sample().toJson(false));
        assertFalse(text.contains("sk-secret-1"));
        assertTrue(JsonWriter.write(sample().toJson(true)).contains("sk-secret-1"));
    }

    @Test
    void defaultsAreSystemThemePlainKeysAndNoProviders() {
        Settings s = Settings.fromJson(Json.object());
        assertTrue(s.providers.isEmpty());
        assertEquals(Theme.SYSTEM, s.theme);
        assertEquals(KeyStorageMode.PLAIN, s.keyStorage);
        assertNull(s.defaultProviderId);
        assertEquals(0, s.revision);
        assertFalse(s.migratedFromLegacy);
    }

    @Test
    void unknownEnumValuesFallBackInsteadOfFailing() throws Exception {
        Settings s = Settings.fromJson(JsonParser.parse("{\"theme\":\"neon\",\"keyStorage\":\"cloud\"}"));
        assertEquals(Theme.SYSTEM, s.theme);
        assertEquals(KeyStorageMode.PLAIN, s.keyStorage);
        assertEquals(Theme.LIGHT, Theme.fromWire("light"));
        assertEquals(KeyStorageMode.VAULT, KeyStorageMode.fromWire("vault"));
    }

    @Test
    void unknownTopLevelMembersAreCarriedThroughSaves() throws Exception {
        Settings s = Settings.fromJson(JsonParser.parse(
            "{\"schemaVersion\":2,\"vault\":{\"salt\":\"abc\",\"iterations\":600000},\"providers\":[]}"));
        String out = JsonWriter.write(s.toJson(true));
        JsonNode node = JACKSON.readTree(out);
        assertEquals(600000, node.get("vault").get("iterations").asInt());
        assertEquals(2, node.get("schemaVersion").asInt());
    }

    @Test
    void providerEntriesWithoutIdAndIncompleteChainStepsAreIgnored() throws Exception {
        Settings s = Settings.fromJson(JsonParser.parse(
            "{\"providers\":[{\"name\":\"no id\"},7,{\"id\":\"x\",\"name\":\"X\",\"baseUrl\":\"http://x\"}],"
            + "\"fallbackChains\":[{\"name\":\"c\",\"steps\":[{\"providerId\":\"x\"},{\"providerId\":\"x\",\"model\":\"m\"}]}]}"));
        assertEquals(1, s.providers.size());
        assertEquals("x", s.providers.get(0).id);
        assertEquals(1, s.fallbackChains.get(0).steps.size());
        assertEquals("m", s.fallbackChains.get(0).steps.get(0).modelId());
    }

    @Test
    void copyIsDeepSoEditingItLeavesTheOriginalAlone() {
        Settings s = sample();
        Settings c = s.copy();
        c.providers.get(0).name = "Changed";
        c.fallbackChains.get(0).steps.clear();
        c.theme = Theme.LIGHT;
        assertEquals("OpenAI", s.providers.get(0).name);
        assertEquals(2, s.fallbackChains.get(0).steps.size());
        assertEquals(Theme.DARK, s.theme);
        assertEquals("sk-secret-1", c.providers.get(0).apiKey);
    }

    @Test
    void lookupsFindProvidersAndChainsByIdAndName() {
        Settings s = sample();
        assertEquals("Ollama", s.provider("p-2").name);
        assertNull(s.provider("nope"));
        assertEquals("Everyday", s.chain("Everyday").name);
        assertNull(s.chain("Other"));
    }
}
