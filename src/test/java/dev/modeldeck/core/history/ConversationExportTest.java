package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.testsupport.FakeClock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationExportTest {
    static Conversation sample() {
        Conversation c = new Conversation("c1", 1000);
        c.ask("Where to?", 1001);
        c.title = "Trip plan";
        c.systemPrompt = "Be brief";
        ChatMessage r = new ChatMessage("assistant", "Lisbon.\n\n```\ncode\n```");
        r.modelId = "demo-chat";
        r.status = ChatMessage.Status.STOPPED;
        c.messages.add(r);
        return c;
    }

    @Test
    void jsonExportReadsBackAsANewConversationWithTheSameMessages() {
        String file = ConversationExport.json(sample(), 5000);
        StringBuilder problem = new StringBuilder();
        Conversation back = ConversationExport.read(file, "c2", 6000, problem);
        assertEquals("", problem.toString());
        assertEquals("c2", back.id);
        assertEquals("Trip plan", back.title);
        assertEquals("Be brief", back.systemPrompt);
        assertEquals(2, back.messages.size());
        assertEquals("Lisbon.\n\n```\ncode\n```", back.messages.get(1).content);
        assertEquals(ChatMessage.Status.STOPPED, back.messages.get(1).status);
        assertTrue(back.messages.get(0).id.compareTo(back.messages.get(1).id) < 0, "ids keep the order");

        MemoryHistoryStore store = new MemoryHistoryStore();
        History h = new History(store, HistoryEvents.NONE, new FakeClock(), JsonParser::tryParse, "x");
        assertNull(h.saveAll(back).await());
        assertEquals("Lisbon.\n\n```\ncode\n```", h.load("c2").conversation().messages.get(1).content);
    }

    @Test
    void markdownNamesWhoSaidWhat() {
        String md = ConversationExport.markdown(sample());
        assertTrue(md.startsWith("# Trip plan\n"), md);
        assertTrue(md.contains("## You\n\nWhere to?"), md);
        assertTrue(md.contains("demo-chat"), md);
        assertTrue(md.contains("Be brief"), md);
    }

    @Test
    void filesThatAreNotOursOrNewerAreRefusedWithAReason() {
        StringBuilder p1 = new StringBuilder();
        assertNull(ConversationExport.read("{\"format\":\"modeldeck-providers\"}", "x", 1, p1));
        assertFalse(p1.toString().isEmpty());
        StringBuilder p2 = new StringBuilder();
        assertNull(ConversationExport.read("{\"format\":\"modeldeck-conversation\",\"version\":9}", "x", 1, p2));
        assertFalse(p2.toString().isEmpty());
        assertNotEquals(p1.toString(), p2.toString());
    }

    @Test
    void severalConversationsInOneFileReadBackEachUnderItsOwnNewId() {
        Conversation second = sample();
        second.title = "Second trip";
        second.messages.get(1).content = "Porto.";
        String file = ConversationExport.jsonAll(List.of(sample(), second), 5000);
        assertTrue(file.contains("\"format\":\"modeldeck-conversations\""), file);
        int[] n = {0};
        StringBuilder problem = new StringBuilder();
        List<Conversation> back = ConversationExport.readAll(file, () -> "new-" + n[0]++, 6000, problem);
        assertEquals("", problem.toString());
        assertEquals(2, back.size());
        assertEquals("new-0", back.get(0).id);
        assertEquals("Trip plan", back.get(0).title);
        assertEquals("new-1", back.get(1).id);
        assertEquals("Second trip", back.get(1).title);
        assertEquals("Porto.", back.get(1).messages.get(1).content);
        assertEquals(ChatMessage.Status.STOPPED, back.get(1).messages.get(1).status);
    }

    @Test
    void theImportOfSeveralStillReadsAFileOfOne() {
        StringBuilder problem = new StringBuilder();
        List<Conversation> back = ConversationExport.readAll(ConversationExport.json(sample(), 5000), () -> "c9", 6000, problem);
        assertEquals(1, back.size());
        assertEquals("c9", back.get(0).id);
        assertEquals("Lisbon.\n\n```\ncode\n```", back.get(0).messages.get(1).content);
    }

    @Test
    void aFileOfSeveralWithOneForeignOrNewerEntryImportsNothing() {
        String good = ConversationExport.json(sample(), 5000);
        StringBuilder p1 = new StringBuilder();
        assertNull(ConversationExport.readAll("{\"format\":\"modeldeck-conversations\",\"version\":1,\"conversations\":["
            + good + ",{\"format\":\"modeldeck-providers\"}]}", () -> "x", 1, p1));
        assertFalse(p1.toString().isEmpty());
        StringBuilder p2 = new StringBuilder();
        assertNull(ConversationExport.readAll("{\"format\":\"modeldeck-conversations\",\"version\":2,\"conversations\":[" + good + "]}",
            () -> "x", 1, p2));
        assertNotEquals(p1.toString(), p2.toString());
        StringBuilder p3 = new StringBuilder();
        assertNull(ConversationExport.readAll("not json", () -> "x", 1, p3));
        assertFalse(p3.toString().isEmpty());
    }
}
