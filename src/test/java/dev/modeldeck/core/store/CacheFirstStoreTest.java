package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.Conversation;
import org.junit.jupiter.api.Test;

/** When storage is full, cached model lists give way, largest first; conversations and settings never do. */
class CacheFirstStoreTest {
    final MemoryKeyValueStore memory = new MemoryKeyValueStore();
    final CacheFirstStore store = new CacheFirstStore(memory);

    private void fill() throws StoreException {
        memory.put(StorageKeys.SETTINGS, "s".repeat(1_000));
        memory.put(StorageKeys.modelCache("small"), "m".repeat(2_000));
        memory.put(StorageKeys.modelCache("large"), "m".repeat(5_000));
        memory.put(StorageKeys.conversation("old"), "c".repeat(1_000));
        memory.setQuotaChars(10_000);
    }

    @Test
    void aConversationThatDoesNotFitTakesTheLargestCacheFirst() throws Exception {
        fill();
        store.put(StorageKeys.conversation("new"), "n".repeat(2_000));
        assertNull(memory.get(StorageKeys.modelCache("large")), "the largest cache gave way");
        assertNotNull(memory.get(StorageKeys.modelCache("small")), "one was enough");
        assertEquals("n".repeat(2_000), memory.get(StorageKeys.conversation("new")));
        assertNotNull(memory.get(StorageKeys.conversation("old")));
        assertNotNull(memory.get(StorageKeys.SETTINGS));
    }

    @Test
    void settingsTakeEveryCacheIfNeededButNothingElse() throws Exception {
        fill();
        store.put(StorageKeys.SETTINGS, "S".repeat(7_500));
        assertNull(memory.get(StorageKeys.modelCache("large")));
        assertNull(memory.get(StorageKeys.modelCache("small")));
        assertEquals(7_500, memory.get(StorageKeys.SETTINGS).length());
        assertNotNull(memory.get(StorageKeys.conversation("old")));
    }

    @Test
    void whatStillDoesNotFitFailsAsBeforeAndLeavesConversationsAlone() throws Exception {
        fill();
        StoreException e = assertThrows(StoreException.class, () -> store.put(StorageKeys.conversation("huge"), "h".repeat(20_000)));
        assertTrue(e.quotaExceeded());
        assertNotNull(memory.get(StorageKeys.conversation("old")));
        assertNotNull(memory.get(StorageKeys.SETTINGS));
        assertNull(memory.get(StorageKeys.conversation("huge")));
    }

    @Test
    void aCacheWriteThatDoesNotFitEvictsNothing() throws Exception {
        fill();
        assertThrows(StoreException.class, () -> store.put(StorageKeys.modelCache("third"), "m".repeat(3_000)));
        assertNotNull(memory.get(StorageKeys.modelCache("small")));
        assertNotNull(memory.get(StorageKeys.modelCache("large")));
    }

    @Test
    void otherFailuresAreNotAnswersToEvict() throws Exception {
        KeyValueStore refusing = new KeyValueStore() {
            @Override public String get(String key) { return memory.get(key); }
            @Override public void put(String key, String value) throws StoreException { throw new StoreException("denied", false); }
            @Override public void remove(String key) { memory.remove(key); }
            @Override public java.util.List<String> keys() { return memory.keys(); }
        };
        fill();
        assertThrows(StoreException.class, () -> new CacheFirstStore(refusing).put(StorageKeys.SETTINGS, "x"));
        assertNotNull(memory.get(StorageKeys.modelCache("large")));
    }

    @Test
    void conversationsSaveOnceAFullStoreGaveUpItsCaches() throws Exception {
        fill();
        ConversationStore conversations = new ConversationStore(store);
        Conversation c = new Conversation("c-1", 1_000);
        c.ask("x".repeat(4_000), 1_000);
        assertTrue(conversations.save(c).ok(), "saved");
        assertNull(memory.get(StorageKeys.modelCache("large")));
        assertNotNull(conversations.load("c-1").conversation());
    }
}
