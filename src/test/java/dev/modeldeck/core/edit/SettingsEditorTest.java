package dev.modeldeck.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.SettingsRepository;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.Theme;
import dev.modeldeck.core.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsEditorTest {
    private final MemoryKeyValueStore kv = new MemoryKeyValueStore();
    private final RecordingFeedback feedback = new RecordingFeedback();
    private final SettingsEditor editor = new SettingsEditor(new SettingsRepository(kv, Clock.SYSTEM, "options-1"), feedback);
    /** Another open page of the extension writing the same settings. */
    private final SettingsRepository otherWindow = new SettingsRepository(kv, Clock.SYSTEM, "popup-1");

    private void otherWindowAdds(String id) {
        otherWindow.applyChange(s -> {
            s.providers.add(new ProviderConfig(id, id.toUpperCase(), "https://" + id + ".example/v1"));
            return s;
        });
    }

    @Test
    void aChangeLandsOnTheLatestStoredSettingsSoAnotherWindowsEditSurvives() {
        editor.load();
        otherWindowAdds("groq");

        assertTrue(editor.change(s -> {
            s.theme = Theme.DARK;
            return s;
        }, "Theme changed."));

        assertEquals(List.of("groq"), editor.settings().providerIds());
        assertEquals(Theme.DARK, editor.settings().theme);
        assertEquals(Theme.DARK, otherWindow.load().settings().theme);
        assertEquals(List.of(2L), feedback.savedRevisions);
        assertEquals(List.of("Theme changed."), feedback.announced);
        assertTrue(feedback.refused.isEmpty());
    }

    @Test
    void aChangeWithoutAnnouncementSaysNothing() {
        editor.load();
        assertTrue(editor.change(s -> s, null));
        assertTrue(feedback.announced.isEmpty());
        assertEquals(1, feedback.savedRevisions.size());
    }

    @Test
    void readOnlySettingsRefuseEveryChangeAndWriteNothing() throws Exception {
        String newer = "{\"schemaVersion\": 99, \"revision\": 4, \"providers\": []}";
        kv.put(StorageKeys.SETTINGS, newer);
        editor.load();

        assertTrue(editor.readOnly());
        assertFalse(editor.change(s -> {
            s.theme = Theme.DARK;
            return s;
        }, "Theme changed."));
        assertTrue(editor.refuseReadOnly());

        String refusal = I18n.t("opt_page_read_only_refusal");
        assertEquals(List.of(refusal, refusal), feedback.refused);
        assertEquals(newer, kv.get(StorageKeys.SETTINGS));
        assertTrue(feedback.announced.isEmpty());
        assertTrue(feedback.savedRevisions.isEmpty());
    }

    @Test
    void writableSettingsAreNotRefused() {
        editor.load();
        assertFalse(editor.refuseReadOnly());
        assertTrue(feedback.refused.isEmpty());
    }

    @Test
    void fullStorageIsReportedWithItsReasonAndTheWorkingCopyStaysAsItWas() {
        editor.load();
        otherWindowAdds("groq");
        editor.load();
        String before = kv.get(StorageKeys.SETTINGS);
        kv.setQuotaChars(before.length());

        assertFalse(editor.change(s -> {
            s.providers.add(new ProviderConfig("mistral", "Mistral", "https://api.mistral.ai/v1"));
            return s;
        }, "Added Mistral."));

        assertEquals(List.of(I18n.t("store_save_full")), feedback.refused);
        assertEquals(before, kv.get(StorageKeys.SETTINGS));
        assertEquals(List.of("groq"), editor.settings().providerIds());
        assertTrue(feedback.announced.isEmpty());
    }

    @Test
    void peekReadsTheStoredSettingsWithoutAdoptingThemUntilAsked() {
        editor.load();
        otherWindowAdds("groq");

        assertEquals(List.of("groq"), editor.peek().settings().providerIds());
        assertTrue(editor.settings().providers.isEmpty());

        editor.adopt(editor.peek().settings());
        assertEquals(List.of("groq"), editor.settings().providerIds());
    }

    @Test
    void applyReportsNothingItselfAndReturnsWhyItFailed() throws Exception {
        kv.put(StorageKeys.SETTINGS, "{\"schemaVersion\": 99, \"providers\": []}");
        editor.load();
        assertEquals(I18n.t("opt_page_read_only_refusal"), editor.apply(s -> s));
        assertTrue(feedback.refused.isEmpty());

        MemoryKeyValueStore fresh = new MemoryKeyValueStore();
        SettingsEditor writable = new SettingsEditor(new SettingsRepository(fresh, Clock.SYSTEM, "options-2"), feedback);
        writable.load();
        assertNull(writable.apply(s -> s));
    }
}
