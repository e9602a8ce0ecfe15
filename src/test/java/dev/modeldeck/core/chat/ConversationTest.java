package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ConversationTest {
    @Test
    void theFirstQuestionNamesTheConversationAndLaterOnesDoNot() {
        Conversation c = new Conversation("c-1", 0);
        ChatMessage first = c.ask("How do tides work?", 5_000);
        assertSame(first, c.last());
        assertEquals("user", first.role);
        assertEquals(5_000, first.createdAt);
        assertEquals(ConversationTitles.fromFirstMessage("How do tides work?"), c.title);
        c.messages.add(new ChatMessage("assistant", "The moon."));
        c.ask("And the sun?", 6_000);
        assertEquals(ConversationTitles.fromFirstMessage("How do tides work?"), c.title);
        assertEquals(3, c.messages.size());
    }

    @Test
    void theLastQuestionIsTheNewestMessageThatIsNotAReply() {
        Conversation c = new Conversation("c-1", 0);
        assertEquals(-1, c.lastQuestionIndex());
        c.ask("One?", 1);
        c.messages.add(new ChatMessage("assistant", "1"));
        c.ask("Two?", 2);
        c.messages.add(new ChatMessage("assistant", "2"));
        c.messages.add(new ChatMessage("assistant", "2, again"));
        assertEquals(2, c.lastQuestionIndex());
    }
}
