package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.InsecureKeyRule;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import org.junit.jupiter.api.Test;

/** Imports follow the insecure-key rule: a key bound for plain http:// on a remote host needs the user's confirmation. */
class InsecureKeyImportTest {
    private static final String KEY = "sk-import-insecure-0123456789";
    private static final String REMOTE_HTTP = "http://llm.example.com/v1";
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    private static String withKeys(JsonObject... entries) {
        JsonArray arr = Json.array();
        for (JsonObject e : entries) {
            arr.add(e);
        }
        return JsonWriter.write(header().put("includesKeys", true).put("providers", arr));
    }

    private static JsonObject keyed(String id, String url) {
        return entry(id, "Remote box", url).put("apiKey", KEY);
    }

    @Test
    void aConfirmationInTheFileIsIgnoredSoTheKeyIsWithheld() throws Exception {
        ImportPlan plan = planner.plan(withKeys(keyed("p-box", REMOTE_HTTP).put("allowInsecureKey", true)), sample());
        PlannedProvider item = plan.items().get(0);
        assertEquals(PlanAction.ADD, item.action());
        assertEquals(KeyChange.WITHHELD, item.keyChange(), "only the user confirms sending a key over http://");
        ProviderConfig saved = ImportPlanner.apply(plan, sample()).provider("p-box");
        assertFalse(saved.allowInsecureKey);
        assertEquals("", saved.apiKey);
    }

    @Test
    void keyWithoutConfirmationIsWithheldAndThePreviewSaysWhy() throws Exception {
        ImportPlan plan = planner.plan(withKeys(keyed("p-box", REMOTE_HTTP)), sample());
        PlannedProvider item = plan.items().get(0);
        assertEquals(PlanAction.ADD, item.action(), "the provider itself still comes in");
        assertEquals(KeyChange.WITHHELD, item.keyChange());
        assertTrue(item.needsKey());
        String label = item.keyChange().label();
        assertTrue(label.contains("not imported") && label.contains("http://") && label.contains(InsecureKeyRule.confirmation()), label);
        assertFalse(item.summary().contains(KEY));
        Settings after = ImportPlanner.apply(plan, sample());
        ProviderConfig saved = after.provider("p-box");
        assertEquals("", saved.apiKey, "the key is not stored");
        assertFalse(saved.allowInsecureKey);
        assertFalse(JsonWriter.write(after.toJson(true)).contains(KEY), "the key is nowhere in the new settings");
    }

    @Test
    void httpsAndLocalProvidersKeepTheirKeysWithoutConfirmation() throws Exception {
        ImportPlan plan = planner.plan(withKeys(keyed("p-a", "https://llm.example.com/v1"),
            keyed("p-b", "http://192.168.1.20:8000/v1").put("name", "LAN box")), sample());
        assertEquals(KeyChange.SET, plan.items().get(0).keyChange());
        assertEquals(KeyChange.SET, plan.items().get(1).keyChange());
    }

    @Test
    void aSavedConfirmationForTheSameAddressSurvivesAFileWithoutKeys() throws Exception {
        Settings s = sample();
        ProviderConfig box = new ProviderConfig("p-box", "Remote box", REMOTE_HTTP);
        box.apiKey = KEY;
        box.allowInsecureKey = true;
        s.providers.add(box);
        // An export from before the confirmation existed: no keys, no allowInsecureKey, a new name.
        JsonObject older = entry("p-box", "Remote box renamed", REMOTE_HTTP);
        PlannedProvider item = planner.plan(file(older), s).items().get(0);
        assertEquals(PlanAction.UPDATE, item.action());
        assertEquals(KeyChange.KEPT, item.keyChange());
        ProviderConfig after = ImportPlanner.apply(planner.plan(file(older), s), s).provider("p-box");
        assertEquals(KEY, after.apiKey);
        assertTrue(after.allowInsecureKey);
    }

    @Test
    void aConfirmationForOneAddressDoesNotCoverAnotherPathOnTheSameServer() throws Exception {
        Settings s = sample();
        ProviderConfig box = new ProviderConfig("p-box", "Remote box", REMOTE_HTTP);
        box.apiKey = KEY;
        box.allowInsecureKey = true;
        s.providers.add(box);
        PlannedProvider item = planner.plan(file(entry("p-box", "Remote box", "http://llm.example.com/other/v1")), s).items().get(0);
        assertEquals(PlanAction.UPDATE, item.action(), "same server, so still the same provider");
        assertEquals(KeyChange.WITHHELD, item.keyChange());
        assertEquals("", item.provider().apiKey);
        assertFalse(item.provider().allowInsecureKey);
    }

    @Test
    void allowInsecureKeyMustBeABoolean() {
        ImportRejected e = assertThrows(ImportRejected.class,
            () -> planner.plan(withKeys(keyed("p-box", REMOTE_HTTP).put("allowInsecureKey", "yes")), sample()));
        assertEquals(ImportRejected.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("allowInsecureKey"), e.getMessage());
    }

    @Test
    void aRoundTripKeepsTheKeyOnlyWhereTheUserAlreadyConfirmedIt() throws Exception {
        Settings s = new Settings();
        ProviderConfig box = new ProviderConfig("p-box", "Remote box", REMOTE_HTTP);
        box.apiKey = KEY;
        box.allowInsecureKey = true;
        s.providers.add(box);
        String text = new ProviderExport(CLOCK).exportText(s, null, true, null);
        assertTrue(text.contains("allowInsecureKey"), "the export still says what was confirmed");

        PlannedProvider here = planner.plan(text.replace("Remote box", "Remote box 1"), s).items().get(0);
        assertEquals(KeyChange.KEPT, here.keyChange());
        ProviderConfig kept = ImportPlanner.apply(planner.plan(text.replace("Remote box", "Remote box 1"), s), s).provider("p-box");
        assertEquals(KEY, kept.apiKey);
        assertTrue(kept.allowInsecureKey);

        ProviderConfig elsewhere = ImportPlanner.apply(planner.plan(text, new Settings()), new Settings()).provider("p-box");
        assertEquals("", elsewhere.apiKey, "another installation has no confirmation of its own");
        assertFalse(elsewhere.allowInsecureKey);
    }
}
