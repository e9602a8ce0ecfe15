package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.store.Settings;
import org.junit.jupiter.api.Test;

/** What one import can make us store is capped per file, per text member and per list, with the member named. */
class ImportBudgetTest {
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    private static JsonObject box() { return entry("p-b", "Box", "https://box.example.com/v1"); }

    private ImportRejected refused(JsonObject e) {
        return assertThrows(ImportRejected.class, () -> planner.plan(file(e), sample()));
    }

    private static JsonArray models(int n, int idLength) {
        JsonArray arr = Json.array();
        for (int i = 0; i < n; i++) {
            String id = "m" + i;
            arr.add(Json.object().put("id", id + "x".repeat(Math.max(0, idLength - id.length()))));
        }
        return arr;
    }

    @Test
    void theReportedBloatFileIsRefusedBeforeParsing() {
        // The attack: a 2.5 MB custom model id and a 2.4 MB preference key, "1 to add", 94 % of the quota.
        JsonObject e = box().put("customModels", models(1, 2_500_000))
            .put("modelPrefs", Json.object().put("k".repeat(2_400_000), Json.object().put("hidden", true)));
        ImportRejected r = assertThrows(ImportRejected.class, () -> planner.plan(file(e), sample()));
        assertEquals(ImportRejected.Reason.TOO_LARGE, r.reason());
        assertEquals("This file is 4.7 MB; imports can be at most 1 MB. Export fewer providers at a time.", r.getMessage());
    }

    @Test
    void aLongModelIdInsideTheSizeLimitIsRefusedNamingTheMember() {
        ImportRejected r = refused(box().put("customModels", models(1, 600_000)));
        assertEquals(ImportRejected.Reason.MALFORMED, r.reason());
        assertEquals("Entry 1 (“Box”): “customModels.id” is 600,000 characters long; at most 512 are allowed.", r.getMessage());
    }

    @Test
    void aLongPreferenceKeyOrAliasIsRefused() {
        ImportRejected key = refused(box().put("modelPrefs", Json.object().put("k".repeat(600_000), Json.object().put("hidden", true))));
        assertEquals("Entry 1 (“Box”): a model id in “modelPrefs” is 600,000 characters long; at most 512 are allowed.", key.getMessage());
        ImportRejected alias = refused(box().put("modelPrefs", Json.object().put("gpt-4o", Json.object().put("alias", "a".repeat(101)))));
        assertEquals("Entry 1 (“Box”): “modelPrefs.alias” is 101 characters long; at most 100 are allowed.", alias.getMessage());
    }

    @Test
    void everyTextMemberHasACap() {
        Object[][] caps = {
            {"baseUrl", ExportFormat.MAX_URL_LENGTH}, {"preset", ExportFormat.MAX_SHORT_TEXT}, {"auth", ExportFormat.MAX_SHORT_TEXT},
            {"headerName", ExportFormat.MAX_SHORT_TEXT}, {"organization", ExportFormat.MAX_SHORT_TEXT},
            {"project", ExportFormat.MAX_SHORT_TEXT}, {"appReferer", ExportFormat.MAX_URL_LENGTH},
            {"appTitle", ExportFormat.MAX_SHORT_TEXT}, {"defaultModel", ExportFormat.MAX_MODEL_ID_LENGTH},
        };
        for (Object[] c : caps) {
            String field = (String) c[0];
            int max = (Integer) c[1];
            String value = field.equals("baseUrl") || field.equals("appReferer")
                ? "https://box.example.com/" + "v".repeat(max) : "v".repeat(max + 1);
            ImportRejected r = refused(box().put(field, value));
            assertEquals(ImportRejected.Reason.MALFORMED, r.reason(), field);
            assertTrue(r.getMessage().contains("“" + field + "” is ") && r.getMessage().contains("at most " + String.format("%,d", max)),
                r.getMessage());
        }
    }

    @Test
    void aHugeKeyIsRefusedWithoutShowingIt() {
        String text = JsonWriter.write(header().put("includesKeys", true).put("providers",
            Json.array().add(box().put("apiKey", "sk-" + "Q".repeat(ExportFormat.MAX_KEY_LENGTH)))));
        ImportRejected r = assertThrows(ImportRejected.class, () -> planner.plan(text, sample()));
        assertEquals("Entry 1 (“Box”): “apiKey” is 16,387 characters long; at most 16,384 are allowed.", r.getMessage());
    }

    @Test
    void headersAndQueryParametersAreCappedInNumberAndLength() {
        JsonArray many = Json.array();
        for (int i = 0; i <= ExportFormat.MAX_PAIRS; i++) {
            many.add(Json.object().put("name", "X-H" + i).put("value", "1"));
        }
        assertEquals("Entry 1 (“Box”): “extraHeaders” has 51 entries; at most 50 are allowed.",
            refused(box().put("extraHeaders", many)).getMessage());
        JsonArray longValue = Json.array().add(Json.object().put("name", "sig").put("value", "v".repeat(4097)));
        assertEquals("Entry 1 (“Box”): “extraQuery.value” is 4,097 characters long; at most 4,096 are allowed.",
            refused(box().put("extraQuery", longValue)).getMessage());
    }

    @Test
    void customModelsAndPreferencesAreCappedInNumber() {
        assertEquals("Entry 1 (“Box”): “customModels” has 1,001 entries; at most 1,000 are allowed.",
            refused(box().put("customModels", models(1001, 3))).getMessage());
        JsonObject prefs = Json.object();
        for (int i = 0; i <= ExportFormat.MAX_MODEL_PREFS; i++) {
            prefs.put("m" + i, Json.object().put("hidden", true));
        }
        assertEquals("Entry 1 (“Box”): “modelPrefs” has 2,001 entries; at most 2,000 are allowed.",
            refused(box().put("modelPrefs", prefs)).getMessage());
    }

    @Test
    void aRefusedFileChangesNothing() {
        Settings s = sample();
        String before = JsonWriter.write(s.toJson(true));
        assertThrows(ImportRejected.class, () -> planner.plan(file(box(), box().put("id", "p-c").put("customModels", models(1, 600))), s));
        assertEquals(before, JsonWriter.write(s.toJson(true)));
    }

    @Test
    void entriesAtTheCapsAreImported() throws Exception {
        JsonObject e = box().put("customModels", models(ExportFormat.MAX_CUSTOM_MODELS, 20))
            .put("defaultModel", "d".repeat(ExportFormat.MAX_MODEL_ID_LENGTH))
            .put("modelPrefs", Json.object().put("p".repeat(ExportFormat.MAX_MODEL_ID_LENGTH), Json.object().put("alias", "a".repeat(100))));
        ImportPlan plan = planner.plan(file(e), new Settings());
        assertEquals(PlanAction.ADD, plan.items().get(0).action());
        assertEquals(ExportFormat.MAX_CUSTOM_MODELS, plan.items().get(0).provider().customModels.size());
    }

    @Test
    void aTooLongLineOfAUrlListIsNotRead() throws Exception {
        String url = "https://box.example.com/" + "v".repeat(ExportFormat.MAX_URL_LENGTH);
        ImportPlan plan = planner.planUrlList(url + "\nhttps://ok.example.com/v1\n", new Settings());
        assertEquals(1, plan.adds().size());
        InvalidLine line = plan.invalidLines().get(0);
        assertEquals(1, line.lineNumber());
        assertEquals("The address is 2,072 characters long; at most 2,048 are allowed.", line.message());
        assertEquals(200, line.text().length(), "the line is shortened for the preview");
    }
}
