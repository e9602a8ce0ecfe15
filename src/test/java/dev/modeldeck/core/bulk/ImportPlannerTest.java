package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    private static String withKeys(JsonObject... entries) {
        return JsonWriter.write(Json.object().put("format", "modeldeck-providers").put("version", 1)
            .put("includesKeys", true).put("providers", arrayOf(entries)));
    }

    private static dev.modeldeck.core.json.JsonArray arrayOf(JsonObject... entries) {
        dev.modeldeck.core.json.JsonArray arr = Json.array();
        for (JsonObject e : entries) {
            arr.add(e);
        }
        return arr;
    }

    private static JsonObject exported(Settings s, String id) {
        return s.provider(id).toJson(false);
    }

    @Test
    void newProviderIsAddedKeepingItsIdFromTheFile() throws Exception {
        ImportPlan plan = planner.plan(file(entry("p-new", "Local vLLM", "http://127.0.0.1:8000/v1")), sample());
        PlannedProvider item = plan.items().get(0);
        assertEquals(PlanAction.ADD, item.action());
        assertEquals("p-new", item.id());
        assertEquals(MatchedBy.NONE, item.matchedBy());
        assertEquals(KeyChange.NONE, item.keyChange());
        assertEquals("Entry 1", item.label());
        Settings after = ImportPlanner.apply(plan, sample());
        assertEquals(6, after.providers.size());
        assertEquals("Local vLLM", after.providers.get(5).name);
    }

    @Test
    void entryWithoutIdGetsANewId() throws Exception {
        PlannedProvider item = planner.plan(file(entry(null, "Box", "https://llm.example.net/v1")), sample()).items().get(0);
        assertEquals(PlanAction.ADD, item.action());
        assertTrue(item.id().startsWith("p-"), item.id());
        assertNull(sample().provider(item.id()));
    }

    @Test
    void matchByIdListsTheChangedFieldsAndKeepsTheKey() throws Exception {
        Settings s = sample();
        JsonObject groq = exported(s, "p-groq").put("name", "Groq fast").put("enabled", false).put("maxTokens", 512);
        ImportPlan plan = planner.plan(file(groq), s);
        PlannedProvider item = plan.updates().get(0);
        assertEquals(MatchedBy.ID, item.matchedBy());
        assertEquals("Groq", item.targetName());
        assertEquals(Arrays.asList("name", "enabled", "maxTokens"), item.changedFields());
        assertEquals(KeyChange.KEPT, item.keyChange());
        assertEquals("Entry 1: UPDATE “Groq fast” (matched by id): name, enabled, maxTokens, key: kept", item.summary());
        Settings after = ImportPlanner.apply(plan, s);
        ProviderConfig g = after.provider("p-groq");
        assertEquals(1, after.providers.indexOf(g), "an update keeps the position");
        assertEquals("gsk_secretGROQ", g.apiKey);
        assertFalse(g.enabled);
        assertEquals(512L, g.maxTokens);
    }

    @Test
    void matchByNormalizedBaseUrlWhenIdsDiffer() throws Exception {
        Settings s = sample();
        // Another installation: other id, URL typed with a trailing slash and an upper-case host.
        JsonObject other = entry("p-elsewhere", "Groq", "https://API.groq.com/openai/v1/").put("preset", "groq")
            .put("temperature", 0.9);
        ImportPlan plan = planner.plan(file(other), s);
        PlannedProvider item = plan.updates().get(0);
        assertEquals(MatchedBy.BASE_URL, item.matchedBy());
        assertEquals("p-groq", item.id(), "the saved id is kept so history and caches stay attached");
        assertTrue(item.changedFields().contains("temperature"));
        assertFalse(item.changedFields().contains("baseUrl"), "same URL once normalized");
        assertEquals("https://api.groq.com/openai/v1", item.baseUrl());
    }

    @Test
    void urlMatchPrefersTheProviderWithTheSameName() throws Exception {
        Settings s = sample();
        ProviderConfig work = new ProviderConfig("p-openai-work", "OpenAI work", "https://api.openai.com/v1");
        work.presetId = "openai";
        s.providers.add(work);
        ImportPlan plan = planner.plan(file(entry("x-1", "openai WORK", "https://api.openai.com/v1").put("preset", "openai")), s);
        assertEquals("p-openai-work", plan.items().get(0).id());
    }

    @Test
    void eachSavedProviderIsMatchedOnlyOnce() throws Exception {
        ImportPlan plan = planner.plan(file(
            entry("a-1", "Groq A", "https://api.groq.com/openai/v1").put("preset", "groq"),
            entry("a-2", "Groq B", "https://api.groq.com/openai/v1").put("preset", "groq")), sample());
        assertEquals(PlanAction.UPDATE, plan.items().get(0).action());
        assertEquals(PlanAction.ADD, plan.items().get(1).action());
        assertEquals("a-2", plan.items().get(1).id());
    }

    @Test
    void idMatchWinsOverAnEarlierUrlMatch() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(file(
            entry("x-9", "Groq copy", "https://api.groq.com/openai/v1").put("preset", "groq"),
            exported(s, "p-groq").put("temperature", 0.1)), s);
        assertEquals(PlanAction.ADD, plan.items().get(0).action());
        assertEquals(MatchedBy.ID, plan.items().get(1).matchedBy());
    }

    @Test
    void identicalEntriesAreSkipped() throws Exception {
        Settings s = sample();
        PlannedProvider item = planner.plan(file(exported(s, "p-ollama")), s).items().get(0);
        assertEquals(PlanAction.SKIP, item.action());
        assertEquals(SkipReason.IDENTICAL, item.skipReason());
        assertEquals("Identical to the saved provider “Ollama”.", item.skipMessage());
    }

    @Test
    void invalidEntriesAreSkippedWithTheReasonWhileTheRestStands() throws Exception {
        JsonObject forbidden = entry("p-x", "Bad header", "https://x.example.com/v1");
        forbidden.put("extraHeaders", Json.array().add(Json.object().put("name", "Cookie").put("value", "a=1")));
        JsonObject placeholder = entry("p-y", "Azure template", "https://{resource}.openai.azure.com/openai/v1");
        ImportPlan plan = planner.plan(file(forbidden, placeholder, entry("p-z", "Good", "https://z.example.com/v1")), sample());
        assertEquals(SkipReason.INVALID, plan.items().get(0).skipReason());
        assertEquals("Browsers don't let extensions set the Cookie header. Remove it.", plan.items().get(0).skipMessage());
        assertEquals("Replace {resource} with your own value.", plan.items().get(1).skipMessage());
        assertEquals(PlanAction.ADD, plan.items().get(2).action());
        assertEquals(1, ImportPlanner.apply(plan, sample()).providers.size() - sample().providers.size());
    }

    @Test
    void missingKeyIsFlaggedNotSkipped() throws Exception {
        PlannedProvider item = planner.plan(file(entry("p-o2", "OpenAI 2nd", "https://api.openai.com/v1").put("preset", "openai")),
            new Settings()).items().get(0);
        assertEquals(PlanAction.ADD, item.action());
        assertTrue(item.needsKey());
        PlannedProvider local = planner.plan(file(entry("p-l", "vLLM", "http://127.0.0.1:8000/v1").put("auth", "none")),
            new Settings()).items().get(0);
        assertFalse(local.needsKey());
    }

    @Test
    void takenNameGetsAUniqueProposal() throws Exception {
        ImportPlan plan = planner.plan(file(entry("p-new", "groq", "https://other.example.com/v1")), sample());
        PlannedProvider item = plan.items().get(0);
        assertEquals(PlanAction.ADD, item.action());
        assertEquals("groq 2", item.name());
        assertEquals(1, plan.conflicts().size());
        ImportConflict c = item.conflicts().get(0);
        assertEquals(ImportConflict.Kind.NAME_TAKEN, c.kind());
        assertEquals("groq 2", c.resolution());
        assertEquals("“groq” is already the name of another provider; it will be imported as “groq 2”.", c.message());
    }

    @Test
    void renamingAnUpdateOntoAnotherProvidersNameIsAConflict() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(file(exported(s, "p-groq").put("name", "OpenAI")), s);
        PlannedProvider item = plan.updates().get(0);
        assertEquals("OpenAI 2", item.name());
        assertEquals(ImportConflict.Kind.NAME_TAKEN, item.conflicts().get(0).kind());
    }

    @Test
    void keepingItsOwnNameIsNotAConflict() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(file(exported(s, "p-groq").put("temperature", 1.0)), s);
        assertTrue(plan.conflicts().isEmpty());
        assertEquals("Groq", plan.updates().get(0).name());
    }

    @Test
    void namesAddedEarlierInTheSameFileCount() throws Exception {
        ImportPlan plan = planner.plan(file(entry("a", "Box", "https://a.example.com/v1"),
            entry("b", "Box", "https://b.example.com/v1"), entry("c", "box", "https://c.example.com/v1")), new Settings());
        assertEquals(Arrays.asList("Box", "Box 2", "box 3"),
            Arrays.asList(plan.items().get(0).name(), plan.items().get(1).name(), plan.items().get(2).name()));
    }

    @Test
    void duplicateIdsInTheFileGetANewIdForTheLaterEntry() throws Exception {
        ImportPlan plan = planner.plan(file(entry("p-dup", "One", "https://one.example.com/v1"),
            entry("p-dup", "Two", "https://two.example.com/v1")), new Settings());
        assertEquals("p-dup", plan.items().get(0).id());
        PlannedProvider second = plan.items().get(1);
        assertEquals(PlanAction.ADD, second.action());
        assertNotEquals("p-dup", second.id());
        ImportConflict c = second.conflicts().get(0);
        assertEquals(ImportConflict.Kind.DUPLICATE_ID, c.kind());
        assertEquals(second.id(), c.resolution());
        assertEquals("Entry 2 has the same id as Entry 1; it will be added with a new id.", c.message());
        Settings after = ImportPlanner.apply(plan, new Settings());
        assertNotEquals(after.providers.get(0).id, after.providers.get(1).id);
    }

    @Test
    void keyStatesAreReportedWithoutTheKey() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(withKeys(
            exported(s, "p-openai").put("apiKey", "sk-proj-AAAAsecretOPENAI"),   // same key
            exported(s, "p-groq").put("apiKey", "gsk_NEWKEY"),                   // new key
            exported(s, "p-router"),                                             // file has keys, none for it
            exported(s, "p-ollama").put("apiKey", "ollama-token"),               // had none
            entry("p-add", "Fresh", "https://fresh.example.com/v1").put("apiKey", "sk-fresh")), s);
        assertEquals(SkipReason.IDENTICAL, plan.items().get(0).skipReason());
        assertEquals(KeyChange.SET, plan.items().get(1).keyChange());
        assertEquals(KeyChange.REMOVED, plan.items().get(2).keyChange());
        assertEquals(KeyChange.SET, plan.items().get(3).keyChange());
        assertEquals(KeyChange.SET, plan.items().get(4).keyChange());
        assertTrue(plan.includesKeys());
        for (PlannedProvider p : plan.items()) {
            String shown = p.summary() + p.changedFields() + p.conflicts();
            for (String secret : new String[] {"gsk_NEWKEY", "ollama-token", "sk-fresh", "secret"}) {
                assertFalse(shown.contains(secret), shown);
            }
        }
        assertEquals("Entry 2: UPDATE “Groq” (matched by id): key: will be set", plan.items().get(1).summary());
        assertEquals("Entry 3: UPDATE “OpenRouter” (matched by id): key: will be removed", plan.items().get(2).summary());
        Settings after = ImportPlanner.apply(plan, s);
        assertEquals("gsk_NEWKEY", after.provider("p-groq").apiKey);
        assertFalse(after.provider("p-router").hasKey());
        assertEquals("sk-fresh", after.provider("p-add").apiKey);
    }

    @Test
    void ignoringKeysKeepsSavedKeysEvenWhenTheFileHasOthers() throws Exception {
        Settings s = sample();
        String text = withKeys(exported(s, "p-groq").put("apiKey", "gsk_OTHER").put("temperature", 0.2));
        ImportPlan plan = planner.plan(text, s, null, true);
        assertFalse(plan.includesKeys());
        assertEquals(KeyChange.KEPT, plan.updates().get(0).keyChange());
        assertEquals("gsk_secretGROQ", ImportPlanner.apply(plan, s).provider("p-groq").apiKey);
    }

    @Test
    void scriptLookingNamesAreKeptAsLiteralText() throws Exception {
        String name = "<img src=x onerror=alert(1)><script>steal()</script>";
        ImportPlan plan = planner.plan(file(entry("p-x", name, "https://x.example.com/v1")), new Settings());
        assertEquals(name, ImportPlanner.apply(plan, new Settings()).providers.get(0).name);
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        String text = JsonWriter.write(header().put("futureFlag", true).put("comment", "from v1.9").put("providers",
            Json.array().add(entry("p-u", "U", "https://u.example.com/v1").put("colour", "teal").put("health", Json.object()))));
        ProviderConfig p = ImportPlanner.apply(planner.plan(text, new Settings()), new Settings()).providers.get(0);
        assertEquals("U", p.name);
        assertFalse(JsonWriter.write(p.toJson(true)).contains("teal"));
    }

    @Test
    void blankNameFallsBackToThePresetOrHost() throws Exception {
        ImportPlan plan = planner.plan(file(entry("a", "", "https://api.mistral.ai/v1"), entry("b", " ", "https://llm.corp.example:8443/v1")),
            new Settings());
        assertEquals("Mistral", plan.items().get(0).name());
        assertEquals("llm.corp.example:8443", plan.items().get(1).name());
    }

    @Test
    void planningChangesNothingAndApplyLeavesItsInputAlone() throws Exception {
        Settings s = sample();
        String before = JsonWriter.write(s.toJson(true));
        ImportPlan plan = planner.plan(file(exported(s, "p-groq").put("name", "G"), entry("p-n", "N", "https://n.example.com/v1")), s);
        assertEquals(before, JsonWriter.write(s.toJson(true)));
        Settings after = ImportPlanner.apply(plan, s);
        assertEquals(before, JsonWriter.write(s.toJson(true)));
        assertEquals("G", after.provider("p-groq").name);
        assertEquals(s.defaultProviderId, after.defaultProviderId);
    }

    @Test
    void aPlanMadeAgainstOtherProvidersIsRefused() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(file(entry("p-n", "N", "https://n.example.com/v1")), s);
        Settings changed = BulkActions.disable(s, Arrays.asList("p-openai")).settings();
        ImportRejected e = assertThrows(ImportRejected.class, () -> ImportPlanner.apply(plan, changed));
        assertEquals(ImportRejected.Reason.STALE_PLAN, e.reason());
        assertEquals("Your providers changed since this preview was made. Review the import again.", e.getMessage());
    }

    @Test
    void emptyProviderListPlansNothing() throws Exception {
        ImportPlan plan = planner.plan(file(), sample());
        assertTrue(plan.items().isEmpty());
        assertFalse(plan.hasChanges());
    }
}
