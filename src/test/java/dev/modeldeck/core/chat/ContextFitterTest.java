package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextFitterTest {
    /** A message of exactly {@code tokens} estimated tokens: 7 plain chars = 2 tokens, plus 4 overhead. */
    private static ChatMessage sized(String role, int tokens, String tag) {
        int plainTokens = tokens - TokenEstimator.PER_MESSAGE_OVERHEAD;
        StringBuilder b = new StringBuilder(tag);
        while (b.length() < plainTokens * 7 / 2) {
            b.append('x');
        }
        ChatMessage m = new ChatMessage(role, b.toString());
        assertEquals(tokens, TokenEstimator.message(m.content), "helper sizing");
        return m;
    }

    private static List<ChatMessage> history(int turns, int tokensEach) {
        List<ChatMessage> h = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            h.add(sized("user", tokensEach, "u" + i));
            h.add(sized("assistant", tokensEach, "a" + i));
        }
        h.add(sized("user", tokensEach, "last"));
        return h;
    }

    @Test
    void estimateIsCharsOverThreeAndAHalfRoundedUp() {
        assertEquals(0, TokenEstimator.text(""));
        assertEquals(1, TokenEstimator.text("a"));
        assertEquals(1, TokenEstimator.text("abc"));
        assertEquals(2, TokenEstimator.text("abcd"));
        assertEquals(2, TokenEstimator.text("abcdefg"));
        assertEquals(3, TokenEstimator.text("abcdefgh"));
        assertEquals(286, TokenEstimator.text(SseParserTest.repeat("w", 1000)));
    }

    @Test
    void cjkAndEmojiCountHeavierThanLatin() {
        assertEquals(15, TokenEstimator.text(SseParserTest.repeat("\u4e2d", 10)));
        assertEquals(15, TokenEstimator.text(SseParserTest.repeat("\ud55c", 10)));
        assertEquals(20, TokenEstimator.text(SseParserTest.repeat("\ud83d\ude00", 10)));
        assertTrue(TokenEstimator.text("\u3053\u3093\u306b\u3061\u306f") > TokenEstimator.text("hello"));
    }

    @Test
    void everythingFitsWhenTheWindowIsLarge() {
        List<ChatMessage> h = history(3, 100);
        ContextFitter.Fit f = ContextFitter.fit("", h, 128_000L, null);
        assertTrue(f.fits());
        assertEquals(0, f.droppedMessages());
        assertEquals(7, f.messages().size());
        assertEquals(7 * 100 + TokenEstimator.REPLY_PRIMING, f.estimatedTokens());
        assertEquals(1024, f.replyReserve());
        assertTrue(f.contextKnown());
    }

    @Test
    void oldestTurnsAreDroppedInPairsUntilItFits() {
        List<ChatMessage> h = history(5, 100); // 11 messages, 1100 tokens + 3
        // window 1000, reserve 200 → budget 800: must drop 2 turns (4 messages) → 703 tokens
        ContextFitter.Fit f = ContextFitter.fit("", h, 1000L, 200);
        assertTrue(f.fits());
        assertEquals(4, f.droppedMessages());
        assertEquals(7, f.messages().size());
        assertTrue(f.messages().get(0).content.startsWith("u2"), f.messages().get(0).content);
        assertTrue(f.messages().get(6).content.startsWith("last"));
        assertEquals(703, f.estimatedTokens());
        assertEquals(200, f.replyReserve());
    }

    @Test
    void systemPromptAlwaysCountsAndStays() {
        List<ChatMessage> h = history(2, 100);
        String system = SseParserTest.repeat("s", 350); // 100 + 4 tokens
        ContextFitter.Fit f = ContextFitter.fit(system, h, 600L, 200);
        // budget 400: system 104 + priming 3 + last 100 = 207; one more turn (200) would be 407 → drops both turns
        assertEquals(4, f.droppedMessages());
        assertEquals(207, f.estimatedTokens());
        assertTrue(f.fits());
    }

    @Test
    void whenEvenTheMinimumDoesNotFitTheCallerIsTold() {
        List<ChatMessage> h = history(1, 100);
        h.add(sized("user", 900, "huge"));
        ContextFitter.Fit f = ContextFitter.fit("sys", h, 1000L, 300);
        assertFalse(f.fits());
        assertEquals("huge", f.messages().get(f.messages().size() - 1).content.substring(0, 4));
        assertTrue(f.estimatedTokens() > 700);
    }

    @Test
    void defaultReplyReserveIsCappedAtAQuarterOfSmallWindows() {
        ContextFitter.Fit f = ContextFitter.fit("", history(0, 50), 2048L, null);
        assertEquals(512, f.replyReserve());
        assertEquals(1024, ContextFitter.fit("", history(0, 50), 8192L, null).replyReserve());
    }

    @Test
    void unknownContextLengthSendsAllThatFitsTheBoundedBudgetAndSaysSo() {
        List<ChatMessage> h = history(10, 1000);
        ContextFitter.Fit f = ContextFitter.fit("", h, null, null);
        assertTrue(f.fits());
        assertFalse(f.contextKnown());
        assertNull(f.contextLength());
        assertEquals(21, f.messages().size());
        assertEquals(0, f.droppedMessages());
        assertEquals(21 * 1000 + 3, f.estimatedTokens());
        assertFalse(ContextFitter.fit("", h, 0L, null).contextKnown());
    }

    @Test
    void unknownContextLengthSendsOnlyTheNewestTurnsWithinTheBudget() {
        List<ChatMessage> h = history(500, 100); // 1,001 messages, ~100k tokens
        ContextFitter.Fit f = ContextFitter.fit("", h, null, null);
        assertTrue(f.fits(), "an unknown window is never refused");
        assertFalse(f.contextKnown());
        assertTrue(f.estimatedTokens() <= ContextFitter.UNKNOWN_WINDOW_BUDGET, "estimate " + f.estimatedTokens());
        assertTrue(f.estimatedTokens() > ContextFitter.UNKNOWN_WINDOW_BUDGET - 200, "one more turn would not fit: " + f.estimatedTokens());
        assertEquals(h.size(), f.droppedMessages() + f.messages().size());
        assertEquals("user", f.messages().get(0).role, "whole turns are dropped");
        assertTrue(f.messages().get(f.messages().size() - 1).content.startsWith("last"));
        assertEquals(0, f.replyReserve());
    }

    @Test
    void unknownContextLengthStillSendsANewestMessageLargerThanTheBudget() {
        List<ChatMessage> h = history(3, 100);
        h.add(sized("assistant", 100, "a-last"));
        h.add(sized("user", ContextFitter.UNKNOWN_WINDOW_BUDGET + 500, "huge"));
        ContextFitter.Fit f = ContextFitter.fit("", h, null, null);
        assertTrue(f.fits());
        assertEquals(1, f.messages().size());
        assertEquals(h.size() - 1, f.droppedMessages());
    }

    @Test
    void aTurnIncludesEveryReplyBeforeTheNextUserMessage() {
        List<ChatMessage> h = new ArrayList<>();
        h.add(sized("assistant", 50, "greeting"));
        h.add(sized("user", 50, "q1"));
        h.add(sized("assistant", 50, "r1a"));
        h.add(sized("assistant", 50, "r1b"));
        h.add(sized("user", 50, "q2"));
        ContextFitter.Fit f = ContextFitter.fit("", h, 300L, 150);
        // budget 150: 253 → drop greeting (203) → drop q1+r1a+r1b (53)
        assertEquals(4, f.droppedMessages());
        assertEquals(1, f.messages().size());
        assertEquals(53, f.estimatedTokens());
    }

    @Test
    void conversationOverloadFitsOnlySendableMessages() {
        Conversation c = new Conversation("c", 0);
        c.messages.add(new ChatMessage("user", "hi"));
        ChatMessage failed = new ChatMessage("assistant", "");
        failed.status = ChatMessage.Status.ERROR;
        c.messages.add(failed);
        c.messages.add(new ChatMessage("user", "again"));
        ContextFitter.Fit f = ContextFitter.fit(c, 8000L, null);
        assertEquals(2, f.messages().size());
    }

    @Test
    void aMessageWhoseTextChangesIsCountedAgain() {
        ChatMessage reply = new ChatMessage("assistant", "short");
        List<ChatMessage> h = List.of(new ChatMessage("user", "q"), reply, new ChatMessage("user", "next"));
        long before = ContextFitter.fit("", h, null, null).estimatedTokens();
        reply.content = SseParserTest.repeat("w", 700); // grown by a stream, edited, or replaced by a stored copy
        long after = ContextFitter.fit("", h, null, null).estimatedTokens();
        assertEquals(TokenEstimator.message(reply.content) - TokenEstimator.message("short"), after - before);
        assertEquals(TokenEstimator.message(reply.content), reply.tokenEstimate());
    }
}
