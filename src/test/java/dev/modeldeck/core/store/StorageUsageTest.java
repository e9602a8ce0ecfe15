package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.store.StorageUsage.Category;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorageUsageTest {
    @Test
    void keyNamesAreTheDocumentedOnes() {
        assertEquals("modeldeck.settings", StorageKeys.SETTINGS);
        assertEquals("modeldeck.settings.backup.42", StorageKeys.settingsBackup(42));
        assertEquals("modeldeck.convs", StorageKeys.CONVERSATION_INDEX);
        assertEquals("modeldeck.conv.abc", StorageKeys.conversation("abc"));
        assertEquals("modeldeck.models.p1", StorageKeys.modelCache("p1"));
        assertEquals("modeldeck.health.p1", StorageKeys.health("p1"));
    }

    @Test
    void conversationIdIsReadBackFromItsKeyOnly() {
        assertEquals("abc", StorageKeys.conversationId("modeldeck.conv.abc"));
        assertNull(StorageKeys.conversationId("modeldeck.convs"));
        assertNull(StorageKeys.conversationId("modeldeck.conv."));
        assertNull(StorageKeys.conversationId("modeldeck.settings"));
        assertTrue(StorageKeys.isSettings("modeldeck.settings"));
        assertFalse(StorageKeys.isSettings("modeldeck.settings.backup.1"));
    }

    @Test
    void everyKeyFallsInExactlyTheRightCategory() {
        assertEquals(Category.SETTINGS, StorageUsage.categoryOf("modeldeck.settings"));
        assertEquals(Category.BACKUPS, StorageUsage.categoryOf("modeldeck.settings.backup.1"));
        assertEquals(Category.BACKUPS, StorageUsage.categoryOf(StorageKeys.LEGACY_CHAT_HISTORY_BACKUP));
        assertEquals(Category.CONVERSATIONS, StorageUsage.categoryOf("modeldeck.convs"));
        assertEquals(Category.CONVERSATIONS, StorageUsage.categoryOf("modeldeck.conv.x"));
        assertEquals(Category.MODEL_CACHE, StorageUsage.categoryOf("modeldeck.models.p"));
        assertEquals(Category.HEALTH, StorageUsage.categoryOf("modeldeck.health.p"));
        assertEquals(Category.LEGACY, StorageUsage.categoryOf("openai_api_key"));
        assertEquals(Category.LEGACY, StorageUsage.categoryOf("chat_history"));
        assertEquals(Category.OTHER, StorageUsage.categoryOf("something.else"));
    }

    @Test
    void usageCountsKeyAndValueCharactersPerCategory() throws Exception {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        kv.put("modeldeck.settings", "12345");                 // 18 + 5
        kv.put("modeldeck.conv.a", "1234567890");              // 16 + 10
        kv.put("modeldeck.convs", "[]");                       // 15 + 2
        kv.put("modeldeck.models.p", "abc");                   // 18 + 3
        kv.put("openai_api_key", "sk");                        // 14 + 2
        kv.put("x", "y");                                      // 1 + 1
        StorageUsage u = StorageUsage.measure(kv);
        assertEquals(23, u.chars(Category.SETTINGS));
        assertEquals(43, u.chars(Category.CONVERSATIONS));
        assertEquals(2, u.entries(Category.CONVERSATIONS));
        assertEquals(21, u.chars(Category.MODEL_CACHE));
        assertEquals(16, u.chars(Category.LEGACY));
        assertEquals(2, u.chars(Category.OTHER));
        assertEquals(0, u.chars(Category.HEALTH));
        assertEquals(0, u.chars(Category.BACKUPS));
        assertEquals(23 + 43 + 21 + 16 + 2, u.totalChars());
    }

    @Test
    void categoriesHaveDistinctLabelsForDisplay() {
        Set<String> labels = new HashSet<>();
        for (Category c : Category.values()) {
            assertFalse(c.label().isEmpty());
            labels.add(c.label());
        }
        assertEquals(Category.values().length, labels.size());
    }
}
