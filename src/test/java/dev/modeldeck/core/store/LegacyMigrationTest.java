package dev.modeldeck.core.store;

import static dev.modeldeck.testsupport.LegacyAssertions.KEY_ONLY;
import static dev.modeldeck.testsupport.LegacyAssertions.OLLAMA_NO_KEY;
import static dev.modeldeck.testsupport.LegacyAssertions.OPENAI_BASIC;
import static dev.modeldeck.testsupport.LegacyAssertions.assertMigratedProvider;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyMigrationTest {
    final FakeClock clock = new FakeClock(1_700_000_000_000L);

    SettingsRepository page(KeyValueStore kv) {
        return new SettingsRepository(kv, clock, "page-1", UnaryOperator.identity());
    }

    @Test
    void openaiBasicFixtureImportsProviderModelAndConversationExactly() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("openai-basic.json");
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        assertMigratedProvider(r.settings(), OPENAI_BASIC);
        assertEquals(1, r.settings().revision);

        ConversationStore convs = new ConversationStore(kv);
        assertEquals(1, convs.list().items().size());
        Conversation c = convs.load("legacy-v1").conversation();
        assertEquals("Hi", c.title);
        assertEquals("legacy-v1", c.providerId);
        assertEquals("gpt-4o-mini", c.modelId);
        assertEquals(2, c.messages.size());
        assertEquals("user", c.messages.get(0).role);
        assertEquals("Hi", c.messages.get(0).content);
        assertEquals("assistant", c.messages.get(1).role);
        assertEquals("Hello! How can I help?", c.messages.get(1).content);
        assertEquals(clock.nowMillis(), c.createdAt);

        assertEquals(1, r.notices().size());
        assertEquals("Imported your earlier setup: the provider “OpenAI” with default model gpt-4o-mini and your chat "
            + "history (2 messages) as a conversation. The earlier version's data was left in place.", r.notices().get(0));
        assertFalse(r.notices().get(0).contains("sk-legacy"));
    }

    @Test
    void ollamaFixtureImportsAKeylessLocalProviderAndNoConversation() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("ollama-no-key.json");
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        assertMigratedProvider(r.settings(), OLLAMA_NO_KEY);
        assertTrue(new ConversationStore(kv).list().items().isEmpty());
        assertNull(kv.get(StorageKeys.CONVERSATION_INDEX));
        assertEquals("Imported your earlier setup: the provider “Ollama (localhost)” with default model llama3.1:8b. "
            + "The earlier version's data was left in place.", r.notices().get(0));
    }

    @Test
    void keyOnlyFixtureImportsOpenAiWithTheDefaultBaseUrl() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("key-only.json");
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        assertMigratedProvider(r.settings(), KEY_ONLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai-basic.json", "ollama-no-key.json", "key-only.json"})
    void legacyKeysAreLeftInPlaceUnchanged(String fixture) throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store(fixture);
        page(kv).load();
        for (Map.Entry<String, String> e : Fixtures.legacyKeys(fixture).entrySet()) {
            assertEquals(e.getValue(), kv.get(e.getKey()), e.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai-basic.json", "ollama-no-key.json", "key-only.json"})
    void importRunsOnceAndLaterLoadsAreOrdinary(String fixture) throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store(fixture);
        page(kv).load();
        Map<String, String> after = LegacyFixtures.snapshot(kv);
        clock.advance(60_000);
        LoadResult again = page(kv).load();
        assertEquals(LoadResult.Status.OK, again.status());
        assertTrue(again.notices().isEmpty());
        assertEquals(after, LegacyFixtures.snapshot(kv), "a second load writes nothing");
        assertEquals(LegacyMigrationResult.Status.ALREADY_DONE,
            new LegacyMigration(kv, clock, UnaryOperator.identity()).run(page(kv)).status());
    }

    @Test
    void userRemovingTheImportedProviderDoesNotBringItBack() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("openai-basic.json");
        SettingsRepository repo = page(kv);
        LoadResult r = repo.load();
        Settings edited = r.settings().copy();
        edited.providers.clear();
        assertTrue(repo.save(edited, r.settings().revision).saved());
        assertTrue(page(kv).load().settings().providers.isEmpty());
    }

    /** Runs the import over a store that dies after {@code n} puts, then again normally; returns puts made before the crash. */
    int crashThenRerun(MemoryKeyValueStore kv, int n) {
        CrashingKeyValueStore crashing = new CrashingKeyValueStore(kv, n);
        try {
            page(crashing).load();
        } catch (CrashingKeyValueStore.Crash expected) {
            // the page died half-way
        }
        LoadResult r = page(kv).load();
        assertTrue(r.status() == LoadResult.Status.MIGRATED || r.status() == LoadResult.Status.OK, r.status().name());
        return crashing.puts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai-basic.json", "ollama-no-key.json", "key-only.json", "corrupt-history"})
    void crashAfterAnyWriteThenRerunGivesExactlyTheCleanResult(String fixture) throws Exception {
        MemoryKeyValueStore clean = fixtureStore(fixture);
        CrashingKeyValueStore counter = new CrashingKeyValueStore(clean, Integer.MAX_VALUE);
        page(counter).load();
        int totalPuts = counter.puts;
        // Every write of the import is a crash point: conversation, index (repair + row), backup, settings.
        int expectedPuts = fixture.equals("openai-basic.json") ? 4 : fixture.equals("corrupt-history") ? 2 : 1;
        assertEquals(expectedPuts, totalPuts);
        Map<String, String> expected = LegacyFixtures.snapshot(clean);

        for (int n = 0; n <= totalPuts; n++) {
            MemoryKeyValueStore kv = fixtureStore(fixture);
            crashThenRerun(kv, n);
            assertEquals(expected, LegacyFixtures.snapshot(kv), "crash after " + n + " of " + totalPuts + " writes");
            Settings s = page(kv).load().settings();
            assertEquals(1, s.providers.size());
            assertTrue(new ConversationStore(kv).list().items().size() <= 1);
        }
    }

    @Test
    void crashBeforeTheSettingsWriteWithTimePassingStillAddsNoDuplicate() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("openai-basic.json");
        CrashingKeyValueStore crashing = new CrashingKeyValueStore(kv, 1); // conversation written, then crash
        assertThrows(CrashingKeyValueStore.Crash.class, () -> page(crashing).load());
        assertNotNull(kv.get("modeldeck.conv.legacy-v1"));
        assertNull(kv.get(StorageKeys.SETTINGS));
        clock.advance(3_600_000);
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        ConversationList list = new ConversationStore(kv).list();
        assertEquals(1, list.items().size());
        assertEquals(clock.nowMillis() - 3_600_000, list.items().get(0).updatedAt(), "the first run's conversation is kept");
    }

    @Test
    void twoPagesImportingAtOnceStillEndWithOneProviderAndOneConversation() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("openai-basic.json");
        SettingsRepository a = new SettingsRepository(kv, clock, "a", UnaryOperator.identity());
        SettingsRepository b = new SettingsRepository(kv, clock, "b", UnaryOperator.identity());
        LegacyMigration ma = new LegacyMigration(kv, clock, UnaryOperator.identity());
        // Page b saves its own settings between a's start and a's settings write.
        SaveResult other = b.save(SettingsRepositoryTest.withProvider(new Settings(), "mine"), 0);
        assertTrue(other.saved());
        LegacyMigrationResult ra = ma.run(a);
        LegacyMigrationResult rb = new LegacyMigration(kv, clock, UnaryOperator.identity()).run(b);
        assertEquals(LegacyMigrationResult.Status.MIGRATED, ra.status());
        assertEquals(LegacyMigrationResult.Status.ALREADY_DONE, rb.status());
        Settings end = a.load().settings();
        assertEquals(Arrays.asList("mine", "legacy-v1"), Arrays.asList(end.providers.get(0).id, end.providers.get(1).id));
        assertEquals(1, new ConversationStore(kv).list().items().size());
    }

    @Test
    void mergeAddsTheProviderOnceAndKeepsTheUsersDefault() {
        Settings latest = SettingsRepositoryTest.withProvider(new Settings(), "mine");
        latest.defaultProviderId = "mine";
        latest.defaultModelId = "m1";
        Settings imported = new Settings();
        imported.providers.add(new ProviderConfig("legacy-v1", "OpenAI", "https://api.openai.com/v1"));
        imported.defaultProviderId = "legacy-v1";
        imported.defaultModelId = "gpt";
        imported.legacyKeys.add("openai_api_key");
        Settings once = LegacyMigration.merge(latest, imported);
        Settings twice = LegacyMigration.merge(once, imported);
        assertEquals(2, twice.providers.size());
        assertEquals("mine", twice.defaultProviderId);
        assertEquals("m1", twice.defaultModelId);
        assertTrue(twice.migratedFromLegacy);
        assertEquals(List.of("openai_api_key"), twice.legacyKeys);
        assertEquals(1, latest.providers.size(), "merge is pure");
        assertFalse(latest.migratedFromLegacy);
    }

    @Test
    void corruptChatHistoryIsKeptVerbatimInABackupKeyAndReported() throws Exception {
        MemoryKeyValueStore kv = fixtureStore("corrupt-history");
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        assertEquals(CORRUPT_HISTORY, kv.get("modeldeck.backup.legacy.chat_history"));
        assertEquals(CORRUPT_HISTORY, kv.get("chat_history"), "legacy key untouched");
        assertEquals(2, r.notices().size());
        assertTrue(r.notices().get(1).contains("modeldeck.backup.legacy.chat_history"));
        assertTrue(r.notices().get(1).contains("not valid JSON"));
        assertTrue(new ConversationStore(kv).list().items().isEmpty());
        assertEquals(1, r.settings().providers.size());
    }

    @Test
    void partlyReadableHistoryKeepsTheReadableMessagesAndBacksUpTheWhole() throws Exception {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        String raw = "[{\"role\":\"user\",\"content\":\"Plan a trip\"},\"stray\",{\"role\":\"critic\",\"content\":\"meh\"}]";
        kv.put("chat_history", raw);
        LoadResult r = page(kv).load();
        Conversation c = new ConversationStore(kv).load("legacy-v1").conversation();
        assertEquals(2, c.messages.size());
        assertEquals("critic", c.messages.get(1).role);
        assertEquals("Plan a trip", c.title);
        assertEquals(raw, kv.get("modeldeck.backup.legacy.chat_history"));
        assertTrue(r.notices().get(1).contains("1 entry has no readable role"));
        // Only chat_history existed: the provider is OpenAI's default.
        assertEquals("https://api.openai.com/v1", r.settings().providers.get(0).baseUrl);
        assertEquals(List.of("chat_history"), r.settings().legacyKeys);
    }

    @Test
    void quotaFailureLeavesNothingMarkedAndTheNextLoadRetries() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("openai-basic.json");
        long used = 0;
        for (String k : kv.keys()) {
            used += k.length() + kv.get(k).length();
        }
        kv.setQuotaChars(used + 50);
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.FRESH, r.status());
        assertTrue(r.notices().get(0).contains("storage is full"));
        assertNull(kv.get(StorageKeys.SETTINGS));
        assertNull(kv.get("modeldeck.conv.legacy-v1"));

        kv.setQuotaChars(Long.MAX_VALUE);
        LoadResult retry = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, retry.status());
        assertEquals(1, new ConversationStore(kv).list().items().size());
    }

    @Test
    void quotaFailureOnTheSettingsWriteIsReportedAndRetried() throws Exception {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        kv.put("openai_api_key", "sk-x");
        kv.setQuotaChars(40);
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.FRESH, r.status());
        assertTrue(r.notices().get(0).startsWith("Your earlier settings could not be imported yet"));
        assertFalse(r.notices().get(0).contains("sk-x"));
        assertNull(kv.get(StorageKeys.SETTINGS));
        kv.setQuotaChars(Long.MAX_VALUE);
        LoadResult retry = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, retry.status());
        assertEquals("sk-x", retry.settings().providers.get(0).apiKey);
    }

    @Test
    void importWaitsWhileStoredSettingsAreNewerOrUnreadable() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("openai-basic.json");
        kv.put(StorageKeys.SETTINGS, "{\"schemaVersion\":9}");
        LoadResult newer = page(kv).load();
        assertEquals(LoadResult.Status.READ_ONLY_NEWER_SCHEMA, newer.status());
        assertNull(kv.get("modeldeck.conv.legacy-v1"));

        kv.put(StorageKeys.SETTINGS, "corrupt");
        LoadResult corrupt = page(kv).load();
        assertEquals(LoadResult.Status.RECOVERED_FROM_CORRUPT, corrupt.status());
        assertEquals("corrupt", kv.get(StorageKeys.SETTINGS));
        assertNull(kv.get("modeldeck.conv.legacy-v1"));
        assertEquals(LegacyMigrationResult.Status.SKIPPED,
            new LegacyMigration(kv, clock, UnaryOperator.identity()).run(page(kv)).status());
    }

    @Test
    void existingSettingsWithoutTheMarkerGetTheImportMergedIn() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("key-only.json");
        SettingsRepository plain = new SettingsRepository(kv, clock, "p");
        Settings mine = SettingsRepositoryTest.withProvider(plain.load().settings(), "mine");
        mine.theme = Theme.DARK;
        assertTrue(plain.save(mine, 0).saved());
        LoadResult r = page(kv).load();
        assertEquals(LoadResult.Status.MIGRATED, r.status());
        assertEquals(2, r.settings().providers.size());
        assertEquals(Theme.DARK, r.settings().theme);
        assertEquals(2, r.settings().revision);
    }

    @Test
    void normalizationHookIsAppliedToTheImportedBaseUrl() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("ollama-no-key.json");
        LoadResult r = new SettingsRepository(kv, clock, "p", u -> u.toUpperCase()).load();
        assertEquals("HTTP://LOCALHOST:11434/V1", r.settings().providers.get(0).baseUrl);
    }

    @Test
    void repositoryWithoutLegacySupportIgnoresLegacyKeys() throws Exception {
        MemoryKeyValueStore kv = LegacyFixtures.store("openai-basic.json");
        LoadResult r = new SettingsRepository(kv, clock, "p").load();
        assertEquals(LoadResult.Status.FRESH, r.status());
        assertNull(kv.get(StorageKeys.SETTINGS));
    }

    @Test
    void noLegacyKeysMeansNothingToDo() {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        assertFalse(LegacyMigration.hasLegacyData(kv));
        assertEquals(LegacyMigrationResult.Status.NOT_NEEDED,
            new LegacyMigration(kv, clock, UnaryOperator.identity()).run(page(kv)).status());
        assertEquals(LoadResult.Status.FRESH, page(kv).load().status());
    }

    @Test
    void titleIsTheFirstUserMessageOnOneLineShortened() {
        assertEquals("Earlier chat", LegacyMigration.titleFor(List.of(new ChatMessage("assistant", "hi"))));
        assertEquals("two lines here", LegacyMigration.titleFor(List.of(
            new ChatMessage("system", "sys"), new ChatMessage("user", "  two\n lines\there  "))));
        String t = LegacyMigration.titleFor(List.of(new ChatMessage("user", "x".repeat(100))));
        assertEquals(61, t.length());
        assertTrue(t.endsWith("…"));
    }

    static final String CORRUPT_HISTORY = "[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assist";

    static MemoryKeyValueStore fixtureStore(String fixture) throws Exception {
        if (!fixture.equals("corrupt-history")) {
            return LegacyFixtures.store(fixture);
        }
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        kv.put("openai_api_key", "sk-legacy-example-0001");
        kv.put("chat_history", CORRUPT_HISTORY);
        return kv;
    }
}
