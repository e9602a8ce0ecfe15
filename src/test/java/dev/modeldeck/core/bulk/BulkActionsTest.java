package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkActionsTest {
    private static Settings twelve() {
        Settings s = new Settings();
        for (int i = 0; i < 12; i++) {
            ProviderConfig p = new ProviderConfig("p-" + i, "Provider " + i, "https://h" + i + ".example.com/v1");
            p.apiKey = "key-" + i;
            p.enabled = i % 5 != 0; // p-0, p-5, p-10 start disabled
            s.providers.add(p);
        }
        return s;
    }

    private static List<String> ids(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add("p-" + i);
        }
        return out;
    }

    private static String all(Settings s) { return JsonWriter.write(s.toJson(true)); }

    @Test
    void disablingTenAndUndoRestoresExactly() {
        Settings s = twelve();
        String before = providersText(s.providers, true);
        BulkResult r = BulkActions.disable(s, ids(0, 10));
        for (int i = 0; i < 10; i++) {
            assertFalse(r.settings().provider("p-" + i).enabled);
        }
        assertTrue(r.settings().provider("p-10").enabled == false && r.settings().provider("p-11").enabled);
        assertEquals(8, r.changed(), "p-0 and p-5 were already disabled");
        assertEquals(before, providersText(s.providers, true), "input untouched");
        Settings undone = BulkActions.undo(r.settings(), r.undo());
        assertEquals(before, providersText(undone.providers, true));
        assertEquals(all(s), all(undone));
    }

    @Test
    void enableSetsOnlyTheChosen() {
        BulkResult r = BulkActions.enable(twelve(), Arrays.asList("p-0", "p-10", "nope"));
        assertEquals(2, r.changed());
        assertTrue(r.settings().provider("p-0").enabled);
        assertFalse(r.settings().provider("p-5").enabled);
    }

    @Test
    void deleteRemovesProvidersTheirDefaultAndChainStepsAndUndoBringsAllBack() {
        Settings s = sample();
        s.fallbackChains.add(new FallbackChain("Daily", Arrays.asList(new FallbackStep("p-groq", "llama-3.1-8b-instant"),
            new FallbackStep("p-openai", "gpt-4o-mini"))));
        BulkResult r = BulkActions.delete(s, Arrays.asList("p-groq", "p-azure"));
        Settings after = r.settings();
        assertEquals(2, r.changed());
        assertEquals(Arrays.asList("p-openai", "p-ollama", "p-router"),
            Arrays.asList(after.providers.get(0).id, after.providers.get(1).id, after.providers.get(2).id));
        assertNull(after.defaultProviderId);
        assertNull(after.defaultModelId);
        assertEquals(Collections.singletonList(new FallbackStep("p-openai", "gpt-4o-mini")), after.chain("Daily").steps);
        assertEquals(all(s), all(r.undo().restore(after)));
    }

    @Test
    void deleteKeepsAnUnaffectedDefault() {
        Settings after = BulkActions.delete(sample(), Arrays.asList("p-azure")).settings();
        assertEquals("p-groq", after.defaultProviderId);
        assertEquals("llama-3.1-8b-instant", after.defaultModelId);
    }

    @Test
    void undoIsOfferedOnlyWhileNothingElseChanged() {
        BulkResult r = BulkActions.disable(twelve(), ids(1, 4));
        assertTrue(r.undo().canUndo(r.settings()));
        Settings later = r.settings().copy();
        later.providers.get(11).name = "Renamed";
        assertFalse(r.undo().canUndo(later));
        Settings themeOnly = r.settings().copy();
        themeOnly.theme = dev.modeldeck.core.store.Theme.DARK;
        assertTrue(r.undo().canUndo(themeOnly), "only providers, defaults and chains matter");
        assertEquals(12, r.undo().providerCount());
    }

    @Test
    void undoKeepsOtherSettingsFromTheCurrentDocument() {
        BulkResult r = BulkActions.disable(twelve(), ids(1, 4));
        Settings current = r.settings().copy();
        current.theme = dev.modeldeck.core.store.Theme.DARK;
        Settings undone = r.undo().restore(current);
        assertEquals(dev.modeldeck.core.store.Theme.DARK, undone.theme);
        assertTrue(undone.provider("p-2").enabled);
    }

    @Test
    void reorderPutsListedFirstAndKeepsTheRestInOrder() {
        BulkResult r = BulkActions.reorder(sample(), Arrays.asList("p-router", "p-ollama", "p-ghost", "p-router"));
        List<String> order = new ArrayList<>();
        for (ProviderConfig p : r.settings().providers) {
            order.add(p.id);
        }
        assertEquals(Arrays.asList("p-router", "p-ollama", "p-openai", "p-groq", "p-azure"), order);
        assertEquals(5, r.changed());
        assertEquals(0, BulkActions.reorder(sample(), Arrays.asList("p-openai", "p-groq")).changed());
        assertEquals(providersText(sample().providers, true), providersText(r.undo().restore(r.settings()).providers, true));
    }

    @Test
    void hideShowFavoriteUnfavoriteModels() {
        Settings s = sample();
        BulkResult hidden = BulkActions.hideModels(s, "p-openai", Arrays.asList("gpt-4o", "gpt-4o-mini", "o3"));
        ProviderConfig p = hidden.settings().provider("p-openai");
        assertEquals(3, hidden.changed());
        assertTrue(p.pref("gpt-4o").hidden && p.pref("o3").hidden);
        assertTrue(p.pref("gpt-4o-mini").favorite, "other flags and the alias stay");
        assertEquals("Mini", p.pref("gpt-4o-mini").alias);

        BulkResult shown = BulkActions.showModels(hidden.settings(), "p-openai", Arrays.asList("gpt-4o", "o3"));
        assertEquals(2, shown.changed());
        ProviderConfig q = shown.settings().provider("p-openai");
        assertFalse(q.modelPrefs.containsKey("gpt-4o"), "a pref back at its defaults is dropped");
        assertTrue(q.pref("gpt-4o-mini").hidden);

        BulkResult fav = BulkActions.favoriteModels(s, "p-ollama", Arrays.asList("llama3.1:8b", "nomic-embed-text"));
        assertTrue(fav.settings().provider("p-ollama").pref("llama3.1:8b").favorite);
        assertTrue(fav.settings().provider("p-ollama").pref("nomic-embed-text").hidden);
        BulkResult unfav = BulkActions.unfavoriteModels(s, "p-openai", Arrays.asList("gpt-4o-mini", "never-favorite"));
        assertEquals(1, unfav.changed());
        assertFalse(unfav.settings().provider("p-openai").pref("gpt-4o-mini").favorite);
        assertEquals("Mini", unfav.settings().provider("p-openai").pref("gpt-4o-mini").alias);
    }

    @Test
    void modelActionOnUnknownProviderChangesNothing() {
        Settings s = sample();
        BulkResult r = BulkActions.hideModels(s, "p-missing", Arrays.asList("m"));
        assertEquals(0, r.changed());
        assertEquals(all(s), all(r.settings()));
    }

    @Test
    void hideAllNonChatModelsUsingLmStudioTypes() throws Exception {
        // LM Studio's /api/v0/models states each model's type: llm and vlm chat, embeddings do not.
        String text = Fixtures.text("models/lmstudio-api-v0.json");
        List<ModelChatFlag> flags = new ArrayList<>();
        for (Json m : JsonParser.parse(text).get("data").items()) {
            String type = m.get("type").str("");
            flags.add(new ModelChatFlag(m.get("id").str(), type.equals("llm") || type.equals("vlm")));
        }
        Settings s = new Settings();
        s.providers.add(new ProviderConfig("p-lms", "LM Studio", "http://127.0.0.1:1234/v1"));
        BulkResult r = BulkActions.hideNonChatModels(s, "p-lms", flags);
        ProviderConfig p = r.settings().provider("p-lms");
        assertEquals(1, r.changed());
        assertTrue(p.pref("text-embedding-nomic-embed-text-v1.5").hidden);
        assertFalse(p.pref("qwen2-vl-7b-instruct").hidden);
        assertFalse(p.pref("meta-llama-3.1-8b-instruct").hidden);
        assertTrue(r.undo().restore(r.settings()).provider("p-lms").modelPrefs.isEmpty());
    }
}
