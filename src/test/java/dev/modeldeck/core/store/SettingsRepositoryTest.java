package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsRepositoryTest {
    final MemoryKeyValueStore kv = new MemoryKeyValueStore();
    final FakeClock clock = new FakeClock(1_000);

    SettingsRepository page(String id) { return new SettingsRepository(kv, clock, id); }

    static Settings withProvider(Settings s, String id) {
        s.providers.add(new ProviderConfig(id, id.toUpperCase(), "https://" + id + ".example/v1"));
        return s;
    }

    List<String> backupKeys() {
        List<String> out = new ArrayList<>();
        for (String k : kv.keys()) {
            if (k.startsWith(StorageKeys.SETTINGS_BACKUP_PREFIX)) {
                out.add(k);
            }
        }
        return out;
    }

    @Test
    void emptyStorageLoadsFreshDefaultsWithoutWriting() {
        LoadResult r = page("a").load();
        assertEquals(LoadResult.Status.FRESH, r.status());
        assertTrue(r.settings().providers.isEmpty());
        assertEquals(0, r.settings().revision);
        assertTrue(r.notices().isEmpty());
        assertTrue(kv.keys().isEmpty());
    }

    @Test
    void saveWritesOneKeyWithIncrementedRevisionPageAndTime() throws Exception {
        SettingsRepository repo = page("options-1");
        LoadResult loaded = repo.load();
        clock.set(5_000);
        SaveResult r = repo.save(withProvider(loaded.settings(), "p"), loaded.settings().revision);
        assertEquals(SaveResult.Status.SAVED, r.status());
        assertEquals(1, r.settings().revision);
        assertEquals("options-1", r.settings().savedBy);
        assertEquals(5_000, r.settings().savedAt);
        assertEquals(List.of(StorageKeys.SETTINGS), kv.keys());
        assertEquals(1, JsonParser.parse(kv.get("modeldeck.settings")).get("revision").asLong(0));

        LoadResult again = page("popup-1").load();
        assertEquals(LoadResult.Status.OK, again.status());
        assertEquals("p", again.settings().providers.get(0).id);
        assertEquals(1, again.settings().revision);
    }

    @Test
    void saveDoesNotChangeTheCallersObject() {
        SettingsRepository repo = page("a");
        Settings s = repo.load().settings();
        repo.save(s, 0);
        assertEquals(0, s.revision);
        assertNull(s.savedBy);
    }

    @Test
    void consecutiveSavesFromOnePageUseTheReturnedRevision() {
        SettingsRepository repo = page("a");
        SaveResult first = repo.save(repo.load().settings(), 0);
        SaveResult second = repo.save(withProvider(first.settings(), "q"), first.settings().revision);
        assertEquals(SaveResult.Status.SAVED, second.status());
        assertEquals(2, second.settings().revision);
    }

    @Test
    void secondPageSavingAnOutdatedRevisionGetsConflictWithTheNewerSettings() {
        SettingsRepository a = page("page-a");
        SettingsRepository b = page("page-b");
        a.save(withProvider(a.load().settings(), "base"), 0);
        LoadResult la = a.load();
        LoadResult lb = b.load();

        SaveResult ra = a.save(withProvider(la.settings(), "from-a"), la.settings().revision);
        assertEquals(SaveResult.Status.SAVED, ra.status());
        String afterA = kv.get(StorageKeys.SETTINGS);

        SaveResult rb = b.save(withProvider(lb.settings(), "from-b"), lb.settings().revision);
        assertEquals(SaveResult.Status.CONFLICT, rb.status());
        assertEquals(2, rb.settings().revision);
        assertNotNull(rb.settings().provider("from-a"));
        assertNull(rb.settings().provider("from-b"));
        assertTrue(rb.message().contains("another ModelDeck window"));
        assertTrue(rb.message().contains("page-a"));
        assertEquals(afterA, kv.get(StorageKeys.SETTINGS), "conflict must write nothing");

        // The user chose "keep mine": saving against the newer revision replaces it.
        SaveResult keepMine = b.save(withProvider(lb.settings(), "from-b"), rb.settings().revision);
        assertEquals(SaveResult.Status.SAVED, keepMine.status());
        assertEquals(3, keepMine.settings().revision);
        assertNull(page("c").load().settings().provider("from-a"));
    }

    @Test
    void savingAfterAnotherPageDeletedTheSettingsIsAConflict() {
        SettingsRepository a = page("a");
        SaveResult saved = a.save(a.load().settings(), 0);
        kv.remove(StorageKeys.SETTINGS);
        SaveResult r = a.save(saved.settings(), saved.settings().revision);
        assertEquals(SaveResult.Status.CONFLICT, r.status());
        assertEquals(0, r.settings().revision);
        assertNull(kv.get(StorageKeys.SETTINGS));
    }

    @Test
    void applyChangeMergesTogglesFromTwoPagesInsteadOfConflicting() {
        SettingsRepository a = page("a");
        SettingsRepository b = page("b");
        a.save(withProvider(a.load().settings(), "p"), 0);
        a.load();
        b.load();
        SaveResult ra = a.applyChange(s -> { s.theme = Theme.DARK; return s; });
        SaveResult rb = b.applyChange(s -> { s.provider("p").enabled = false; return s; });
        assertEquals(SaveResult.Status.SAVED, ra.status());
        assertEquals(SaveResult.Status.SAVED, rb.status());
        Settings end = page("c").load().settings();
        assertEquals(Theme.DARK, end.theme);
        assertFalse(end.provider("p").enabled);
        assertEquals(3, end.revision);
    }

    @Test
    void applyChangeRetriesWhenAnotherPageSavesInBetween() {
        SettingsRepository a = page("a");
        SettingsRepository b = page("b");
        a.save(a.load().settings(), 0);
        int[] calls = {0};
        SaveResult r = a.applyChange(s -> {
            if (calls[0]++ == 0) {
                // Another page saves while this change is being computed.
                b.applyChange(o -> withProvider(o, "sneaky"));
            }
            s.defaultModelId = "m";
            return s;
        });
        assertEquals(SaveResult.Status.SAVED, r.status());
        assertEquals(2, calls[0]);
        Settings end = page("c").load().settings();
        assertEquals("m", end.defaultModelId);
        assertNotNull(end.provider("sneaky"));
    }

    @Test
    void applyChangeGivesUpAfterRepeatedConflicts() {
        SettingsRepository a = page("a");
        SettingsRepository b = page("b");
        a.save(a.load().settings(), 0);
        SaveResult r = a.applyChange(s -> {
            b.applyChange(o -> { o.defaultModelId = "b"; return o; });
            s.defaultModelId = "a";
            return s;
        });
        assertEquals(SaveResult.Status.CONFLICT, r.status());
        assertEquals("b", page("c").load().settings().defaultModelId);
    }

    @Test
    void corruptJsonIsBackedUpReportedAndLeftInPlaceUntilTheUserSaves() throws Exception {
        kv.put(StorageKeys.SETTINGS, "{\"schemaVersion\":2,\"providers\":[{\"id\":");
        clock.set(123_456);
        SettingsRepository repo = page("a");
        LoadResult r = repo.load();
        assertEquals(LoadResult.Status.RECOVERED_FROM_CORRUPT, r.status());
        assertEquals("modeldeck.settings.backup.123456", r.backupKey());
        assertEquals("{\"schemaVersion\":2,\"providers\":[{\"id\":", kv.get(r.backupKey()));
        assertEquals("{\"schemaVersion\":2,\"providers\":[{\"id\":", kv.get(StorageKeys.SETTINGS), "not overwritten on load");
        assertTrue(r.settings().providers.isEmpty());
        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).contains("modeldeck.settings.backup.123456"));
        assertFalse(r.readOnly());

        SaveResult saved = repo.save(withProvider(r.settings(), "new"), r.settings().revision);
        assertEquals(SaveResult.Status.SAVED, saved.status());
        assertEquals(LoadResult.Status.OK, page("b").load().status());
        assertEquals("{\"schemaVersion\":2,\"providers\":[{\"id\":", kv.get(r.backupKey()), "backup never dropped");
    }

    @Test
    void loadingTheSameCorruptTextTwiceKeepsOneBackup() throws Exception {
        kv.put(StorageKeys.SETTINGS, "not json");
        LoadResult first = page("a").load();
        clock.advance(10);
        LoadResult second = page("b").load();
        assertEquals(first.backupKey(), second.backupKey());
        assertEquals(1, backupKeys().size());
    }

    @Test
    void differentCorruptTextsInTheSameMillisecondGetDistinctBackups() throws Exception {
        kv.put(StorageKeys.SETTINGS, "garbage one");
        String k1 = page("a").load().backupKey();
        kv.put(StorageKeys.SETTINGS, "garbage two");
        String k2 = page("a").load().backupKey();
        assertNotEquals(k1, k2);
        assertEquals("garbage one", kv.get(k1));
        assertEquals("garbage two", kv.get(k2));
        assertEquals(k1 + "-2", k2);
    }

    @Test
    void documentsWithoutAUsableSchemaVersionCountAsCorrupt() throws Exception {
        for (String raw : new String[] {"[]", "\"text\"", "{\"providers\":[]}", "{\"schemaVersion\":\"two\"}", "{\"schemaVersion\":0}"}) {
            kv.put(StorageKeys.SETTINGS, raw);
            LoadResult r = page("a").load();
            assertEquals(LoadResult.Status.RECOVERED_FROM_CORRUPT, r.status(), raw);
            assertEquals(raw, kv.get(r.backupKey()), raw);
        }
    }

    @Test
    void corruptDocumentThatChangedSinceLoadIsBackedUpBeforeBeingReplaced() throws Exception {
        kv.put(StorageKeys.SETTINGS, "first garbage");
        SettingsRepository repo = page("a");
        LoadResult r = repo.load();
        kv.put(StorageKeys.SETTINGS, "second garbage");
        clock.advance(1);
        assertEquals(SaveResult.Status.SAVED, repo.save(r.settings(), 0).status());
        List<String> values = new ArrayList<>();
        for (String k : backupKeys()) {
            values.add(kv.get(k));
        }
        assertTrue(values.contains("first garbage"));
        assertTrue(values.contains("second garbage"));
    }

    @Test
    void whenTheBackupCannotBeWrittenTheCorruptDataStaysAndSavingIsRefused() throws Exception {
        String raw = "{broken settings with a lot of text in them}";
        kv.put(StorageKeys.SETTINGS, raw);
        kv.setQuotaChars(StorageKeys.SETTINGS.length() + raw.length() + 10);
        SettingsRepository repo = page("a");
        LoadResult r = repo.load();
        assertEquals(LoadResult.Status.RECOVERED_FROM_CORRUPT, r.status());
        assertNull(r.backupKey());
        assertTrue(r.notices().get(0).contains("storage is full"));
        SaveResult s = repo.save(r.settings(), 0);
        assertEquals(SaveResult.Status.FAILED, s.status());
        assertTrue(s.quotaExceeded());
        assertEquals(raw, kv.get(StorageKeys.SETTINGS));
    }

    @Test
    void newerSchemaIsShownReadOnlyAndNeverOverwritten() throws Exception {
        String newer = "{\"schemaVersion\":3,\"revision\":9,\"providers\":[{\"id\":\"p\",\"name\":\"P\",\"baseUrl\":\"https://p/v1\"}],"
            + "\"theme\":\"dark\",\"brandNew\":{\"x\":1}}";
        kv.put(StorageKeys.SETTINGS, newer);
        SettingsRepository repo = page("a");
        LoadResult r = repo.load();
        assertEquals(LoadResult.Status.READ_ONLY_NEWER_SCHEMA, r.status());
        assertTrue(r.readOnly());
        assertTrue(repo.isReadOnly());
        assertEquals("p", r.settings().providers.get(0).id);
        assertEquals(Theme.DARK, r.settings().theme);
        assertTrue(r.notices().get(0).contains("newer version of ModelDeck"));
        assertTrue(r.notices().get(0).contains("format 3"));

        SaveResult s = repo.save(r.settings(), 9);
        assertEquals(SaveResult.Status.READ_ONLY, s.status());
        assertTrue(s.message().contains("Update ModelDeck"));
        SaveResult c = repo.applyChange(x -> { x.theme = Theme.LIGHT; return x; });
        assertEquals(SaveResult.Status.READ_ONLY, c.status());
        assertEquals(newer, kv.get(StorageKeys.SETTINGS));
        assertEquals(List.of(StorageKeys.SETTINGS), kv.keys(), "nothing else written either");
    }

    @Test
    void aPageThatLoadedCurrentSettingsCannotOverwriteANewerDocumentWrittenLater() throws Exception {
        SettingsRepository repo = page("a");
        SaveResult first = repo.save(repo.load().settings(), 0);
        String newer = "{\"schemaVersion\":7,\"revision\":1}";
        kv.put(StorageKeys.SETTINGS, newer);
        assertEquals(SaveResult.Status.READ_ONLY, repo.save(first.settings(), 1).status());
        assertEquals(newer, kv.get(StorageKeys.SETTINGS));
    }

    @Test
    void olderSchemaIsMigratedInMemoryAndWrittenInTheNewFormatOnSave() throws Exception {
        String v1 = "{\"schemaVersion\":1,\"openai_api_base\":\"http://localhost:11434/v1/\",\"openai_model\":\"llama3\"}";
        kv.put(StorageKeys.SETTINGS, v1);
        SettingsRepository repo = page("a");
        LoadResult r = repo.load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        assertEquals("http://localhost:11434/v1", r.settings().providers.get(0).baseUrl);
        assertTrue(r.notices().get(0).contains("upgraded from format 1 to 2"));
        assertEquals(v1, kv.get(StorageKeys.SETTINGS), "not rewritten until saved");
        SaveResult s = repo.save(r.settings(), r.settings().revision);
        assertEquals(SaveResult.Status.SAVED, s.status());
        assertEquals(2, Migrations.versionOf(JsonParser.parse(kv.get(StorageKeys.SETTINGS))));
        assertEquals(LoadResult.Status.OK, page("b").load().status());
    }

    @Test
    void quotaErrorOnSaveIsReportedAndTheOldValueStaysIntact() throws Exception {
        SettingsRepository repo = page("a");
        SaveResult first = repo.save(withProvider(repo.load().settings(), "p"), 0);
        String before = kv.get(StorageKeys.SETTINGS);
        kv.setQuotaChars(before.length() + StorageKeys.SETTINGS.length() + 5);
        Settings big = first.settings().copy();
        big.providers.get(0).apiKey = "k".repeat(500);
        SaveResult r = repo.save(big, first.settings().revision);
        assertEquals(SaveResult.Status.FAILED, r.status());
        assertTrue(r.quotaExceeded());
        assertTrue(r.message().contains("storage is full"));
        assertFalse(r.message().contains("kkkk"), "no key in messages");
        assertEquals(before, kv.get(StorageKeys.SETTINGS));
        // The failed save did not consume a revision: a retry after freeing space works with the same base.
        kv.setQuotaChars(Long.MAX_VALUE);
        assertEquals(SaveResult.Status.SAVED, repo.save(big, first.settings().revision).status());
    }

    @Test
    void nonQuotaStorageErrorsAreReportedToo() {
        KeyValueStore broken = new KeyValueStore() {
            @Override public String get(String key) { return null; }
            @Override public void put(String key, String value) throws StoreException { throw new StoreException("disabled", false); }
            @Override public void remove(String key) { }
            @Override public List<String> keys() { return new ArrayList<>(); }
        };
        SaveResult r = new SettingsRepository(broken, clock, "a").save(new Settings(), 0);
        assertEquals(SaveResult.Status.FAILED, r.status());
        assertFalse(r.quotaExceeded());
        assertTrue(r.message().contains("could not be written"));
    }

    @Test
    void storedDocumentIsCompactJsonWithKeysSoTheOtherPagesCanUseThem() throws Exception {
        SettingsRepository repo = page("a");
        Settings s = withProvider(repo.load().settings(), "p");
        s.providers.get(0).apiKey = "sk-1";
        repo.save(s, 0);
        String stored = kv.get(StorageKeys.SETTINGS);
        assertEquals(JsonWriter.write(JsonParser.parse(stored)), stored);
        assertEquals("sk-1", page("b").load().settings().provider("p").apiKey);
    }
}
