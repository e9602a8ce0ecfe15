package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptDiffTest {
    private static ChatMessage msg(String role, String content, long at) {
        ChatMessage m = new ChatMessage(role, content);
        m.createdAt = at;
        return m;
    }

    /** A fresh copy, as another page's save reads back: equal fields, other objects. */
    private static List<ChatMessage> copy(List<ChatMessage> l) {
        List<ChatMessage> out = new ArrayList<>();
        for (ChatMessage m : l) {
            ChatMessage c = msg(m.role, m.content, m.createdAt);
            c.status = m.status;
            c.modelId = m.modelId;
            out.add(c);
        }
        return out;
    }

    private static List<ChatMessage> history(int n) {
        List<ChatMessage> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(msg(i % 2 == 0 ? "user" : "assistant", "message " + i, 1000 + i));
        }
        return l;
    }

    @Test
    void anIdenticalCopyChangesNothing() {
        List<ChatMessage> shown = history(1000);
        TranscriptDiff d = TranscriptDiff.between(shown, copy(shown));
        assertTrue(d.none(1000, 1000));
        assertEquals(1000, d.unchanged());
    }

    @Test
    void messagesAddedElsewhereAreAppendedAndNothingElseTouched() {
        List<ChatMessage> shown = history(1000);
        List<ChatMessage> newer = copy(shown);
        newer.add(msg("user", "new question", 5000));
        ChatMessage reply = msg("assistant", "", 5001);
        reply.status = ChatMessage.Status.STREAMING;
        newer.add(reply);
        TranscriptDiff d = TranscriptDiff.between(shown, newer);
        assertEquals(1000, d.unchanged());
        assertEquals(-1, d.updated());
        assertEquals(1000, d.removeFrom(), "nothing removed; append from 1000");
        assertFalse(d.none(1000, 1002));
    }

    @Test
    void aReplyThatGrewElsewhereIsUpdatedInPlace() {
        List<ChatMessage> shown = history(999);
        ChatMessage streaming = msg("assistant", "Hel", 9000);
        streaming.status = ChatMessage.Status.STREAMING;
        shown.add(streaming);
        List<ChatMessage> newer = copy(shown);
        newer.get(999).content = "Hello there";
        TranscriptDiff d = TranscriptDiff.between(shown, newer);
        assertEquals(999, d.unchanged());
        assertEquals(999, d.updated());
        assertEquals(1000, d.removeFrom(), "nothing after it to remove or append");

        newer = copy(shown);
        newer.get(999).status = ChatMessage.Status.COMPLETE;
        assertEquals(999, TranscriptDiff.between(shown, newer).updated(), "a state change alone is an update too");
    }

    @Test
    void aRegeneratedReplyReplacesTheOldOne() {
        List<ChatMessage> shown = history(10);
        List<ChatMessage> newer = copy(shown);
        newer.set(9, msg("assistant", "message 9", 7777)); // same length, but another turn
        TranscriptDiff d = TranscriptDiff.between(shown, newer);
        assertEquals(9, d.unchanged());
        assertEquals(-1, d.updated());
        assertEquals(9, d.removeFrom(), "remove the old reply, append the new one");
    }

    @Test
    void messagesRemovedElsewhereAreRemovedHere() {
        List<ChatMessage> shown = history(10);
        List<ChatMessage> newer = copy(shown).subList(0, 8);
        TranscriptDiff d = TranscriptDiff.between(shown, newer);
        assertEquals(8, d.unchanged());
        assertEquals(8, d.removeFrom());
        assertFalse(d.none(10, 8));
    }

    @Test
    void anUpdatedMessageFollowedByNewOnesIsUpdatedThenTheRestAppended() {
        List<ChatMessage> shown = history(4);
        List<ChatMessage> newer = copy(shown);
        newer.get(3).content = "message 3, finished";
        newer.add(msg("user", "next", 9001));
        TranscriptDiff d = TranscriptDiff.between(shown, newer);
        assertEquals(3, d.updated());
        assertEquals(4, d.removeFrom());
    }
}
