package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.SaveResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.SettingsRepository;
import dev.modeldeck.testsupport.FakeClock;
import org.junit.jupiter.api.Test;

class SettingsCopyTest {
    final FakeClock clock = new FakeClock();
    final MemoryHistoryStore durable = new MemoryHistoryStore();
    final MemoryKeyValueStore local = new MemoryKeyValueStore();
    final SettingsCopy copy = new SettingsCopy(durable, local, JsonParser::tryParse);

    SettingsRepository repo() {
        return new SettingsRepository(local, clock, "page").onWritten((doc, rev) -> copy.keep(doc, rev));
    }

    Settings saveTheme(SettingsRepository repo, String theme) {
        Settings s = repo.load().settings();
        s.theme = dev.modeldeck.core.store.Theme.valueOf(theme);
        SaveResult r = repo.save(s, s.revision);
        assertTrue(r.saved());
        return r.settings();
    }

    @Test
    void settingsLostFromLocalStorageComeBackFromTheCopy() throws Exception {
        SettingsRepository repo = repo();
        saveTheme(repo, "DARK");
        local.remove("modeldeck.settings"); // what a killed browser left
        assertTrue(copy.restore());
        assertEquals(dev.modeldeck.core.store.Theme.DARK, repo.load().settings().theme);
    }

    @Test
    void anOlderRevisionInLocalStorageIsReplacedByTheNewerCopy() throws Exception {
        SettingsRepository repo = repo();
        saveTheme(repo, "DARK");
        String older = local.get("modeldeck.settings");
        saveTheme(repo, "LIGHT");
        local.put("modeldeck.settings", older);
        assertTrue(copy.restore());
        assertEquals(dev.modeldeck.core.store.Theme.LIGHT, repo.load().settings().theme);
        assertEquals(2, repo.load().settings().revision);
    }

    @Test
    void currentOrNewerLocalSettingsAndDamagedOnesAreLeftAlone() throws Exception {
        SettingsRepository repo = repo();
        saveTheme(repo, "DARK");
        assertFalse(copy.restore(), "same revision");
        local.put("modeldeck.settings", "{damaged");
        assertFalse(copy.restore(), "damaged settings are the settings page's to back up and report");
        assertEquals("{damaged", local.get("modeldeck.settings"));
    }

    @Test
    void aSlowerPageCannotPutAnOlderRevisionOverTheCopy() {
        copy.keep("{\"revision\":5}", 5);
        copy.keep("{\"revision\":4}", 4);
        assertFalse(copy.restore() && local.get("modeldeck.settings").contains("\"revision\":4"));
        assertEquals("{\"revision\":5}", local.get("modeldeck.settings"));
    }
}
