package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.history.LiveReplies;
import dev.modeldeck.core.history.MemoryLiveReplies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElsewhereReplyTest {
    private final MemoryLiveReplies live = new MemoryLiveReplies();
    private final ElsewhereReply elsewhere = new ElsewhereReply(live);
    private final List<String> letGo = new ArrayList<>();

    private static Conversation streaming(String replyId) {
        Conversation c = conversation("Hello?", "Half an ans");
        c.messages.get(0).id = "m-1";
        c.last().id = replyId;
        c.last().status = ChatMessage.Status.STREAMING;
        return c;
    }

    @Test
    void thePageIsToldOnceWhenTheStreamingPageLetsGoHoweverItEnded() {
        Conversation c = streaming("m-2");
        Runnable otherPage = live.hold(c.id);
        elsewhere.watch(c, letGo::add);
        elsewhere.watch(c, letGo::add); // every stored batch shows the same reply again
        assertEquals(List.of(), letGo, "still streaming there");
        otherPage.run(); // closed, crashed or finished: the browser lets go of its lock
        assertEquals(List.of("c-1"), letGo);
        otherPage.run();
        assertEquals(List.of("c-1"), letGo, "once");
    }

    @Test
    void twoPagesStreamingIntoOneConversationAreWaitedForBoth() {
        Conversation c = streaming("m-2");
        Runnable first = live.hold(c.id);
        Runnable second = live.hold(c.id);
        elsewhere.watch(c, letGo::add);
        first.run();
        assertEquals(List.of(), letGo, "the second page still streams");
        second.run();
        assertEquals(List.of("c-1"), letGo);
    }

    @Test
    void aReplyNobodyHoldsAnyMoreIsReadAgainAtOnce() {
        elsewhere.watch(streaming("m-2"), letGo::add);
        assertEquals(List.of("c-1"), letGo, "its page went before this one looked");
    }

    @Test
    void finishedRepliesAreNotWaitedFor() {
        Conversation done = conversation("Hello?", "Hi!");
        elsewhere.watch(done, letGo::add);
        elsewhere.watch(conversation(), letGo::add);
        assertEquals(List.of(), letGo);
    }

    @Test
    void aPageThatMovedOnIsNotToldAboutTheOldReply() {
        Conversation c = streaming("m-2");
        Runnable otherPage = live.hold(c.id);
        elsewhere.watch(c, letGo::add);
        elsewhere.stop(); // another conversation is shown, or this page sends itself
        otherPage.run();
        assertEquals(List.of(), letGo);
    }

    @Test
    void aNewerReplyIsWaitedForOnItsOwn() {
        Runnable first = live.hold("c-1");
        elsewhere.watch(streaming("m-2"), letGo::add);
        first.run();
        Runnable next = live.hold("c-1");
        elsewhere.watch(streaming("m-4"), letGo::add);
        assertEquals(List.of("c-1"), letGo);
        next.run();
        assertEquals(List.of("c-1", "c-1"), letGo);
    }

    @Test
    void aBrowserThatCannotTellNeverAnswers() {
        ElsewhereReply blind = new ElsewhereReply(LiveReplies.UNKNOWN);
        blind.watch(streaming("m-2"), letGo::add);
        assertEquals(List.of(), letGo, "no Web Locks: the page keeps what it was told by the other page's writes");
    }
}
