package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import org.junit.jupiter.api.Test;

/** A saved key never follows a provider id to another server, and a file never sets a trust flag. */
class ImportOriginTest {
    private static final String EVIL = "https://collect.attacker.example/v1";
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    private static JsonObject saved(Settings s, String id) { return s.provider(id).toJson(false); }

    private static String withKeys(JsonObject... entries) {
        JsonArray arr = Json.array();
        for (JsonObject e : entries) {
            arr.add(e);
        }
        return JsonWriter.write(header().put("includesKeys", true).put("providers", arr));
    }

    @Test
    void aSavedIdWithAnotherServerIsAddedAsANewProviderWithoutTheSavedKey() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(file(saved(s, "p-openai").put("baseUrl", EVIL)), s);
        PlannedProvider item = plan.items().get(0);
        assertEquals(PlanAction.ADD, item.action(), "never an update that would keep the saved key");
        assertNotEquals("p-openai", item.id(), "a fresh id, so nothing stored under the old id applies");
        assertEquals(KeyChange.NONE, item.keyChange());
        assertTrue(item.needsKey());
        assertEquals("OpenAI 2", item.name(), "the saved provider keeps its name");

        Settings after = ImportPlanner.apply(plan, s);
        assertEquals("https://api.openai.com/v1", after.provider("p-openai").baseUrl, "the saved provider is untouched");
        assertEquals("sk-proj-AAAAsecretOPENAI", after.provider("p-openai").apiKey);
        ProviderConfig added = after.provider(item.id());
        assertEquals(EVIL, added.baseUrl);
        assertEquals("", added.apiKey);
        assertFalse(JsonWriter.write(added.toJson(true)).contains("secretOPENAI"));
    }

    @Test
    void thePreviewNamesBothServersForAnIdThatMoved() throws Exception {
        Settings s = sample();
        PlannedProvider item = planner.plan(file(saved(s, "p-groq").put("baseUrl", EVIL)), s).items().get(0);
        ImportConflict moved = item.conflicts().get(0);
        assertEquals(ImportConflict.Kind.OTHER_SERVER, moved.kind());
        assertEquals("Same id as your provider “Groq”, but another server: “https://api.groq.com” → "
            + "“https://collect.attacker.example”. It will be added as a new provider without a key; "
            + "“Groq” and its key stay with “https://api.groq.com”.", moved.message());
        assertFalse(item.summary().contains("gsk_"), item.summary());
    }

    @Test
    void aLongLookAlikeHostIsShownInFull() throws Exception {
        Settings s = sample();
        String lookAlike = "https://api.openai.com.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.attacker.example/v1";
        PlannedProvider item = planner.plan(file(saved(s, "p-openai").put("baseUrl", lookAlike)), s).items().get(0);
        assertTrue(item.conflicts().get(0).message().contains("“https://api.openai.com.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.attacker.example”"),
            item.conflicts().get(0).message());
    }

    @Test
    void anotherPortOrSchemeIsAnotherServer() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(file(
            saved(s, "p-ollama").put("baseUrl", "http://127.0.0.1:11435/v1"),
            saved(s, "p-groq").put("baseUrl", "http://api.groq.com/openai/v1")), s);
        assertEquals(PlanAction.ADD, plan.items().get(0).action());
        assertEquals(PlanAction.ADD, plan.items().get(1).action());
    }

    @Test
    void aKeyInTheFileGoesOnlyToTheFilesOwnServer() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(withKeys(saved(s, "p-groq").put("baseUrl", EVIL).put("apiKey", "gsk_from_the_file")), s);
        PlannedProvider item = plan.items().get(0);
        assertEquals(PlanAction.ADD, item.action());
        assertEquals(KeyChange.SET, item.keyChange(), "the file's own key for the file's own server");
        Settings after = ImportPlanner.apply(plan, s);
        assertEquals("gsk_from_the_file", after.provider(item.id()).apiKey);
        assertEquals("gsk_secretGROQ", after.provider("p-groq").apiKey);
    }

    @Test
    void anIdThatMovedMayStillMatchTheSavedProviderAtThatAddress() throws Exception {
        Settings s = sample();
        // Another installation where "p-openai" happens to be its Groq: the URL decides, so Groq is updated in place.
        ImportPlan plan = planner.plan(file(entry("p-openai", "Groq", "https://api.groq.com/openai/v1").put("preset", "groq")
            .put("temperature", 0.9)), s);
        PlannedProvider item = plan.items().get(0);
        assertEquals(PlanAction.UPDATE, item.action());
        assertEquals(MatchedBy.BASE_URL, item.matchedBy());
        assertEquals("p-groq", item.id());
        assertEquals(KeyChange.KEPT, item.keyChange(), "Groq's key stays on Groq's server");
    }

    @Test
    void aNewPathOnTheSameServerIsAnUpdateThatShowsOldAndNewAddress() throws Exception {
        Settings s = sample();
        PlannedProvider item = planner.plan(file(saved(s, "p-groq").put("baseUrl", "https://api.groq.com/v2")), s)
            .items().get(0);
        assertEquals(PlanAction.UPDATE, item.action());
        assertTrue(item.movesBaseUrl());
        assertEquals("https://api.groq.com/openai/v1", item.targetBaseUrl());
        assertEquals("https://api.groq.com/v2", item.baseUrl());
        assertEquals("Entry 1: UPDATE “Groq” (matched by id): baseUrl, key: kept; https://api.groq.com/openai/v1 → https://api.groq.com/v2",
            item.summary());
    }

    @Test
    void anUpdateAtTheSameAddressDoesNotClaimTheAddressMoved() throws Exception {
        Settings s = sample();
        PlannedProvider item = planner.plan(file(saved(s, "p-groq").put("temperature", 0.1)), s).items().get(0);
        assertEquals(PlanAction.UPDATE, item.action());
        assertFalse(item.movesBaseUrl());
    }

    @Test
    void stripOriginComesFromTheSavedProviderOrThePresetNeverFromTheFile() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(file(
            saved(s, "p-groq").put("stripOrigin", true).put("temperature", 0.1),
            saved(s, "p-ollama").put("stripOrigin", false).put("timeoutMs", 60_000),
            entry("p-new", "Box", "https://box.example.com/v1").put("stripOrigin", true),
            entry("p-llama", "Local Ollama", "http://127.0.0.1:11500/v1").put("preset", "ollama").put("auth", "none")), s);
        assertFalse(plan.items().get(0).provider().stripOrigin, "Groq never had it");
        assertTrue(plan.items().get(1).provider().stripOrigin, "the user's own choice for Ollama stays");
        assertFalse(plan.items().get(2).provider().stripOrigin, "a custom server starts without it");
        assertTrue(plan.items().get(3).provider().stripOrigin, "the Ollama preset's default, as in the form");
        assertFalse(plan.items().get(0).changedFields().contains("stripOrigin"));
    }

    @Test
    void allowInsecureKeyInAFileNeitherSetsNorClearsAnything() throws Exception {
        Settings s = sample();
        ProviderConfig box = new ProviderConfig("p-box", "Remote box", "http://llm.example.com/v1");
        box.apiKey = "sk-box-0123456789";
        box.allowInsecureKey = true;
        s.providers.add(box);
        ImportPlan plan = planner.plan(file(entry("p-box", "Remote box", "http://llm.example.com/v1").put("allowInsecureKey", false)
            .put("maxTokens", 100),
            entry("p-new", "New box", "http://new.example.com/v1").put("allowInsecureKey", true)), s);
        ProviderConfig kept = plan.items().get(0).provider();
        assertTrue(kept.allowInsecureKey, "the user's confirmation for this very address stays");
        assertEquals("sk-box-0123456789", kept.apiKey);
        assertFalse(plan.items().get(1).provider().allowInsecureKey);
    }
}
