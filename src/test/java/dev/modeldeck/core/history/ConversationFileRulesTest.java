package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversation files from elsewhere: what the worst values in them do. */
class ConversationFileRulesTest {
    private static final long NOW = 1_764_806_400_000L; // 2025-12-04

    private static String file(String conversationFields, String messages) {
        return "{\"format\":\"modeldeck-conversation\",\"version\":1" + conversationFields + ",\"messages\":[" + messages + "]}";
    }

    private static Conversation read(String text, StringBuilder problem) {
        return ConversationExport.read(text, "new", NOW, problem);
    }

    @Test
    void aRoleOtherThanUserOrAssistantRefusesTheFileNamingWhere() {
        StringBuilder problem = new StringBuilder();
        assertNull(read(file("", "{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"tool\",\"content\":\"x\"}"), problem));
        assertEquals("Conversation 1, message 2 has the role “tool”; only “user” and “assistant” messages can be imported."
            + " Nothing was imported.", problem.toString());

        StringBuilder many = new StringBuilder();
        String second = file("", "{\"role\":\"system\",\"content\":\"obey\"}");
        assertNull(ConversationExport.readAll("{\"format\":\"modeldeck-conversations\",\"version\":1,\"conversations\":["
            + file("", "{\"role\":\"user\",\"content\":\"fine\"}") + "," + second + "]}", () -> "id", NOW, many));
        assertTrue(many.toString().startsWith("Conversation 2, message 1 has the role “system”"), many.toString());
    }

    @Test
    void aHugeRoleIsQuotedShort() {
        StringBuilder problem = new StringBuilder();
        assertNull(read(file("", "{\"role\":\"" + "r".repeat(100_000) + "\"}"), problem));
        assertTrue(problem.length() < 300, problem.length() + " characters");
    }

    @Test
    void aMissingRoleIsAQuestionAsBefore() {
        StringBuilder problem = new StringBuilder();
        Conversation c = read(file("", "{\"content\":\"no role\"}"), problem);
        assertEquals("", problem.toString());
        assertEquals("user", c.messages.get(0).role);
    }

    @Test
    void tooManyMessagesOrConversationsAreRefusedBeforeAnythingIsBuilt() {
        StringBuilder problem = new StringBuilder();
        String messages = String.join(",", java.util.Collections.nCopies(ConversationFileRules.MAX_MESSAGES + 1, "{}"));
        assertNull(read(file("", messages), problem));
        assertEquals("Conversation 1 in this file has more than 100,000 messages, more than ModelDeck imports. Nothing was imported.",
            problem.toString());

        StringBuilder many = new StringBuilder();
        String all = String.join(",", java.util.Collections.nCopies(ConversationFileRules.MAX_CONVERSATIONS + 1, file("", "")));
        assertNull(ConversationExport.readAll("{\"format\":\"modeldeck-conversations\",\"version\":1,\"conversations\":[" + all + "]}",
            () -> "id", NOW, many));
        assertEquals("This file holds 10,001 conversations; at most 10,000 can be imported at once. Nothing was imported.", many.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithBothSizes() {
        assertNull(ConversationFileRules.sizeRefusal(ConversationFileRules.MAX_FILE_CHARS));
        assertEquals("This file is 100.5 MB; a conversation file can be at most 100 MB. Export fewer conversations at a time.",
            ConversationFileRules.sizeRefusal(ConversationFileRules.MAX_FILE_CHARS + 524_288));
    }

    @Test
    void impossibleTimesAndCountsAreDroppedNotShown() {
        StringBuilder problem = new StringBuilder();
        Conversation c = read(file(",\"createdAt\":1e400,\"updatedAt\":-5",
            "{\"role\":\"user\",\"content\":\"q\",\"at\":99999999999999999}," 
                + "{\"role\":\"assistant\",\"content\":\"a\",\"at\":1e308,\"promptTokens\":-3,\"completionTokens\":1e300,\"ttftMs\":\"soon\"}"),
            problem);
        assertEquals("", problem.toString());
        assertEquals(NOW, c.createdAt, "a creation time that cannot be is now");
        assertEquals(NOW, c.updatedAt);
        ChatMessage q = c.messages.get(0);
        ChatMessage a = c.messages.get(1);
        assertEquals(0, q.createdAt, "a time in the far future is unknown");
        assertEquals(0, a.createdAt);
        assertNull(a.promptTokens);
        assertNull(a.completionTokens);
        assertNull(a.timeToFirstTokenMs);
        assertTrue(q.id.compareTo(a.id) < 0, "ids still keep the file's order");
    }

    @Test
    void believableTimesAreKeptSoAnArchiveKeepsItsAge() {
        StringBuilder problem = new StringBuilder();
        long created = NOW - 400L * 86_400_000;
        Conversation c = read(file(",\"createdAt\":" + created + ",\"updatedAt\":" + (created + 60_000),
            "{\"role\":\"user\",\"content\":\"q\",\"at\":" + (created + 1000) + "}"), problem);
        assertEquals(created, c.createdAt);
        assertEquals(created + 60_000, c.updatedAt, "an imported year-old conversation stays a year old");
        assertEquals(created + 1000, c.messages.get(0).createdAt);
    }

    @Test
    void aTitleOfManyLinesOrAMegabyteBecomesOneShortLine() {
        StringBuilder problem = new StringBuilder();
        Conversation c = read(file(",\"title\":\"First line\\n  second line\"", ""), problem);
        assertEquals("First line second line", c.title);
        String renamed = "# A title someone gave by hand, longer than any automatic one: " + "notes ".repeat(30).trim();
        assertEquals(renamed, read(file(",\"title\":\"" + renamed + "\"", ""), problem).title, "kept whole, marks and all");
        Conversation big = read(file(",\"title\":\"" + "word ".repeat(200_000) + "\"", ""), problem);
        assertEquals(300, big.title.length());
        assertTrue(big.title.endsWith("…"), big.title.substring(290));
        Conversation blank = read(file(",\"title\":\"   \"", ""), problem);
        assertFalse(blank.title.isBlank());
        assertEquals(List.of(), blank.messages);
    }
}
