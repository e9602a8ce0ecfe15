package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.store.Settings;
import java.util.Arrays;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

class ProviderExportTest {
    private final ProviderExport export = new ProviderExport(CLOCK);

    @Test
    void headerNamesFormatVersionTimeAndNoKeys() {
        JsonObject doc = export.export(sample(), null, false, null);
        assertEquals("modeldeck-providers", doc.get("format").str());
        assertEquals(1, doc.get("version").asLong(-1));
        assertEquals(NOW, doc.get("exportedAt").asLong(-1));
        assertFalse(doc.get("includesKeys").asBoolean(true));
        assertTrue(doc.get("keyProtection").isMissing());
        assertEquals(5, doc.get("providers").size());
    }

    @Test
    void keysAreLeftOutByDefault() {
        String text = export.exportText(sample(), null, false, null);
        for (String secret : new String[] {"sk-proj-AAAAsecretOPENAI", "gsk_secretGROQ", "azure0secret0key", "sk-or-v1-secretROUTER"}) {
            assertFalse(text.contains(secret), secret);
        }
        assertFalse(text.contains("apiKey"));
    }

    @Test
    void keysAreWrittenOnlyWhenAskedAndOnlyForProvidersThatHaveOne() {
        JsonObject doc = export.export(sample(), null, true, null);
        assertTrue(doc.get("includesKeys").asBoolean(false));
        assertEquals("sk-proj-AAAAsecretOPENAI", doc.get("providers").at(0).get("apiKey").str());
        assertEquals("gsk_secretGROQ", doc.get("providers").at(1).get("apiKey").str());
        assertTrue(doc.get("providers").at(2).get("apiKey").isMissing(), "Ollama has no key");
        assertTrue(doc.get("keyProtection").isMissing());
    }

    @Test
    void wrappedKeysAreMarkedAndNeverPlain() {
        String text = export.exportText(sample(), null, true, WRAP);
        JsonObject doc = (JsonObject) dev.modeldeck.core.json.JsonParser.tryParse(text);
        assertEquals("vault-passphrase", doc.get("keyProtection").str());
        assertEquals("wrapped:" + new StringBuilder("gsk_secretGROQ").reverse(), doc.get("providers").at(1).get("apiKey").str());
        assertFalse(text.contains("gsk_secretGROQ"));
    }

    @Test
    void wrapperIsIgnoredWhenKeysAreNotExported() {
        JsonObject doc = export.export(sample(), null, false, k -> { throw new AssertionError("wrap called"); });
        assertTrue(doc.get("keyProtection").isMissing());
        assertFalse(JsonWriter.write(doc).contains("apiKey"));
    }

    @Test
    void selectionKeepsDisplayOrderAndIgnoresUnknownIds() {
        JsonObject doc = export.export(sample(), Arrays.asList("p-router", "p-openai", "p-gone"), false, null);
        assertEquals(2, doc.get("providers").size());
        assertEquals("p-openai", doc.get("providers").at(0).get("id").str());
        assertEquals("p-router", doc.get("providers").at(1).get("id").str());
    }

    @Test
    void everyProviderSettingIsWrittenAndNothingElse() throws Exception {
        Settings s = sample();
        s.extras.put("healthHistory", Json.object().put("p-openai", "down"));
        s.extras.put("modelCache", Json.object().put("p-openai", Json.array()));
        JsonNode doc = new ObjectMapper().readTree(export.exportText(s, null, false, null));
        for (Iterator<String> it = doc.fieldNames(); it.hasNext();) {
            String f = it.next();
            assertTrue(Arrays.asList("format", "version", "exportedAt", "includesKeys", "providers").contains(f), f);
        }
        JsonNode groq = doc.get("providers").get(1);
        assertEquals("research", groq.get("extraHeaders").get(0).get("value").asText());
        assertEquals(0.4, groq.get("temperature").asDouble());
        assertEquals(30, groq.get("requestsPerMinute").asInt());
        JsonNode ollama = doc.get("providers").get(2);
        assertTrue(ollama.get("stripOrigin").asBoolean());
        assertEquals(131072, ollama.get("customModels").get(0).get("contextLength").asInt());
        assertTrue(ollama.get("modelPrefs").get("nomic-embed-text").get("hidden").asBoolean());
        assertFalse(doc.toString().contains("healthHistory"));
        assertFalse(doc.toString().contains("modelCache"));
    }

    @Test
    void exportTextIsIndentedJsonThatParsesToTheSameDocument() throws Exception {
        Settings s = sample();
        String text = export.exportText(s, null, true, null);
        assertTrue(text.startsWith("{\n  \"format\": \"modeldeck-providers\",\n"));
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(JsonWriter.write(export.export(s, null, true, null))), m.readTree(text));
    }

    @Test
    void fileNameCarriesTheUtcDate() {
        assertEquals("modeldeck-providers-2025-03-07.json", export.suggestedFileName());
        assertEquals("1970-01-01", ProviderExport.utcDate(0));
        assertEquals("2024-02-29", ProviderExport.utcDate(1_709_164_800_000L));
        assertEquals("2000-12-31", ProviderExport.utcDate(978_307_199_000L));
    }
}
