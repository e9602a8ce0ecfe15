package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import org.junit.jupiter.api.Test;

class UnfinishedReplyTest {
    private static Conversation streaming() {
        Conversation c = conversation("Hello?", "Half an ans");
        c.last().status = ChatMessage.Status.STREAMING;
        return c;
    }

    @Test
    void aReplyLeftStreamingByAClosedPageIsKeptAsIncomplete() {
        Conversation c = streaming();
        UnfinishedReply.markPageClosed(c);
        assertEquals(ChatMessage.Status.INCOMPLETE, c.last().status);
        assertEquals("Half an ans", c.last().content);
        assertEquals("the page was closed before the reply finished", c.last().error);
    }

    @Test
    void aWindowClosingMidReplySaysSo() {
        Conversation c = streaming();
        UnfinishedReply.markWindowClosed(c);
        assertEquals(ChatMessage.Status.INCOMPLETE, c.last().status);
        assertEquals("the window was closed before the reply finished", c.last().error);
    }

    @Test
    void finishedRepliesAndEmptyConversationsAreLeftAlone() {
        Conversation done = conversation("Hello?", "Hi!");
        UnfinishedReply.markPageClosed(done);
        assertEquals(ChatMessage.Status.COMPLETE, done.last().status);
        assertNull(done.last().error);
        UnfinishedReply.markWindowClosed(conversation());
        UnfinishedReply.markWindowClosed(null);
    }
}
