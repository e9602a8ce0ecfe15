package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static dev.modeldeck.core.reply.ReplyFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyNotesTest {
    private final ReplyFixtures fx = new ReplyFixtures();

    @Test
    void theEstimateNamesTheWindowAndHowManyOlderMessagesWereLeftOut() {
        fx.mainWindow = 1_000L;
        ContextFitter.Fit fit = fx.targets().firstFit(conversation(words(200), words(200), words(200), words(200), "Latest?"),
            "p-main", "gpt-a");

        assertEquals(2, fit.droppedMessages());
        assertEquals("≈" + I18n.format().integer(fit.estimatedTokens()) + " tokens of 1k context · 2 older messages left out to fit",
            ReplyNotes.contextEstimate(fit));
    }

    @Test
    void theEstimateSaysWhenTheWindowIsUnknownAndCountsOneLeftOutMessage() {
        fx.mainWindow = null;
        ContextFitter.Fit unknown = fx.targets().firstFit(conversation("Hi"), "p-main", "gpt-a");
        assertEquals("≈" + unknown.estimatedTokens() + " tokens (context window unknown)", ReplyNotes.contextEstimate(unknown));

        fx.mainWindow = 1_000L;
        Conversation greeted = conversation("Latest?");
        greeted.messages.add(0, new ChatMessage("assistant", "A long welcome. " + words(800)));
        ContextFitter.Fit one = fx.targets().firstFit(greeted, "p-main", "gpt-a");
        assertEquals(1, one.droppedMessages());
        assertEquals("≈" + one.estimatedTokens() + " tokens of 1k context · 1 older message left out to fit", ReplyNotes.contextEstimate(one));
    }

    @Test
    void aReplyToAModelWithAnUnknownWindowSaysThatOnlyTheNewestPartWasSent() {
        Conversation c = conversation("First?");
        for (int i = 0; i < 200; i++) {
            c.messages.add(new ChatMessage(i % 2 == 0 ? "assistant" : "user", words(300)));
        }
        c.messages.add(new ChatMessage("user", "Latest?"));
        ContextFitter.Fit sent = ContextFitter.fit(c, null, null);
        String bounded = "Context window unknown: sent the newest ≈" + Units.tokens(ContextFitter.UNKNOWN_WINDOW_BUDGET) + " tokens · "
            + sent.droppedMessages() + " older messages left out to fit";

        assertEquals(bounded, ReplyNotes.reply(List.of(), sent));
        assertEquals("skipped A / x: server error; " + bounded, ReplyNotes.reply(List.of("skipped A / x: server error"), sent));
        assertNull(ReplyNotes.reply(List.of(), ContextFitter.fit(conversation("Short?"), null, null)), "nothing left out, nothing said");
        assertNull(ReplyNotes.reply(List.of(), null));
    }

    @Test
    void routeNotesAreJoinedAndAbsentWhenNobodyWasSkipped() {
        assertNull(ReplyNotes.route(Collections.<String>emptyList()));
        assertEquals("skipped A / x: server error; skipped B / y: rate limited",
            ReplyNotes.route(Arrays.asList("skipped A / x: server error", "skipped B / y: rate limited")));
    }

    @Test
    void theEndOfAReplyIsAnnouncedByItsStatus() {
        ChatMessage reply = new ChatMessage("assistant", "text");
        reply.providerName = "Main";
        reply.status = ChatMessage.Status.COMPLETE;
        assertEquals("Reply complete.", ReplyNotes.ended(reply));
        reply.status = ChatMessage.Status.INCOMPLETE;
        assertEquals("Reply complete.", ReplyNotes.ended(reply), "an incomplete reply explains itself under the message");
        reply.status = ChatMessage.Status.STOPPED;
        assertEquals("Stopped.", ReplyNotes.ended(reply));
        reply.status = ChatMessage.Status.ERROR;
        reply.error = "The provider is overloaded.";
        assertEquals("Main: The provider is overloaded.", ReplyNotes.ended(reply));
    }
}
