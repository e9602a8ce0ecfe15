package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.history.MemoryLiveReplies;
import java.util.Set;
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

    @Test
    void aReplyStillStreamingInAnotherPageIsLeftStreaming() {
        MemoryLiveReplies live = new MemoryLiveReplies();
        Conversation c = streaming();
        live.hold(c.id);
        assertTrue(UnfinishedReply.streaming(c));
        UnfinishedReply.markOpened(c, live.conversations());
        assertEquals(ChatMessage.Status.STREAMING, c.last().status);
        assertNull(c.last().error);
    }

    @Test
    void aReplyWhoseBrowserStoppedSaysItWasACrashNotAClosedPage() {
        MemoryLiveReplies live = new MemoryLiveReplies();
        Conversation c = streaming();
        live.hold(c.id);
        live.crash();
        UnfinishedReply.markOpened(c, live.conversations());
        assertEquals(ChatMessage.Status.INCOMPLETE, c.last().status);
        assertEquals("Half an ans", c.last().content);
        assertEquals("the browser stopped before the reply finished (a crash or a forced quit)", c.last().error);
    }

    @Test
    void aReplyHeldForAnotherConversationDoesNotKeepThisOneStreaming() {
        MemoryLiveReplies live = new MemoryLiveReplies();
        Conversation c = streaming();
        live.hold("some-other-conversation");
        UnfinishedReply.markOpened(c, live.conversations());
        assertEquals(ChatMessage.Status.INCOMPLETE, c.last().status);
    }

    @Test
    void aReleasedHoldNoLongerCountsAndReleasingTwiceIsHarmless() {
        MemoryLiveReplies live = new MemoryLiveReplies();
        Runnable first = live.hold("c1");
        live.hold("c1"); // two pages streaming into one conversation
        first.run();
        first.run();
        assertEquals(Set.of("c1"), live.conversations());
        assertFalse(live.conversations().contains("c2"));
    }

    @Test
    void withoutAnyWayToTellTheCauseStaysGeneral() {
        Conversation c = streaming();
        UnfinishedReply.markOpened(c, null);
        assertEquals("the page was closed before the reply finished", c.last().error);
    }

    @Test
    void theCausesOfAPageOrBrowserGoingAwayAreToldFromConnectionFailures() {
        Conversation c = streaming();
        UnfinishedReply.markOpened(c, java.util.Set.of());
        assertTrue(UnfinishedReply.isPageCause(c.last().error));
        assertTrue(UnfinishedReply.isPageCause("the window was closed before the reply finished"));
        assertTrue(UnfinishedReply.isPageCause("the page was closed before the reply finished"));
        assertFalse(UnfinishedReply.isPageCause("A piece of the answer could not be read, so ModelDeck stopped reading there."));
        assertFalse(UnfinishedReply.isPageCause(null));
    }
}
