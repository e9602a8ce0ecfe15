package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class LegacyChatHistoryTest {
    @Test
    void rolesAndContentsAreKeptExactlyInOrder() throws Exception {
        LegacyChatHistory h = LegacyChatHistory.parse(Fixtures.legacyKeys("openai-basic.json").get("chat_history"));
        assertFalse(h.needsBackup());
        assertEquals(2, h.messages().size());
        assertEquals("user", h.messages().get(0).role);
        assertEquals("Hi", h.messages().get(0).content);
        assertEquals("assistant", h.messages().get(1).role);
        assertEquals("Hello! How can I help?", h.messages().get(1).content);
    }

    @Test
    void unknownRolesAndUnusualContentAreKept() {
        LegacyChatHistory h = LegacyChatHistory.parse(
            "[{\"role\":\"system\",\"content\":\"  be brief \\n\"},{\"role\":\"tool\",\"content\":\"x\"},"
            + "{\"role\":\"narrator\",\"content\":\"\"},{\"role\":\"user\"},"
            + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}]");
        assertFalse(h.needsBackup());
        assertEquals(5, h.messages().size());
        assertEquals("  be brief \n", h.messages().get(0).content);
        assertEquals("tool", h.messages().get(1).role);
        assertEquals("narrator", h.messages().get(2).role);
        assertEquals("", h.messages().get(3).content);
        assertEquals("[{\"type\":\"text\",\"text\":\"hi\"}]", h.messages().get(4).content);
    }

    @Test
    void invalidJsonIsFlaggedForBackupWithNoMessages() {
        LegacyChatHistory h = LegacyChatHistory.parse("[{\"role\":\"user\",\"content\":\"cut off");
        assertTrue(h.needsBackup());
        assertTrue(h.messages().isEmpty());
        assertEquals("it is not valid JSON", h.problem());
    }

    @Test
    void nonArrayJsonIsFlaggedForBackup() {
        LegacyChatHistory h = LegacyChatHistory.parse("{\"role\":\"user\",\"content\":\"hi\"}");
        assertTrue(h.needsBackup());
        assertTrue(h.messages().isEmpty());
        assertEquals("it is not a list of messages", h.problem());
    }

    @Test
    void unreadableEntriesAreCountedAndTheRestKept() {
        LegacyChatHistory h = LegacyChatHistory.parse("[{\"role\":\"user\",\"content\":\"a\"},42,{\"content\":\"no role\"}]");
        assertTrue(h.needsBackup());
        assertEquals(1, h.messages().size());
        assertEquals(2, h.unreadableEntries());
        assertEquals("2 entries have no readable role", h.problem());
    }

    @Test
    void absentBlankNullAndEmptyHistoriesNeedNothing() {
        for (String raw : new String[] {null, "", "  ", "null", "[]"}) {
            LegacyChatHistory h = LegacyChatHistory.parse(raw);
            assertFalse(h.needsBackup(), String.valueOf(raw));
            assertTrue(h.messages().isEmpty(), String.valueOf(raw));
        }
    }
}
