package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.testsupport.FakeClock;
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
}
