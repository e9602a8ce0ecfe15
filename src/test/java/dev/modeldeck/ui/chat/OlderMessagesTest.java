package dev.modeldeck.ui.chat;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OlderMessagesTest {
    private static ChatMessage message(String id) {
        ChatMessage m = new ChatMessage("user", id);
        m.id = id;
        return m;
    }

    private final List<String> reads = new ArrayList<>();

    @Test
    void actionsAskedForWhileOlderMessagesAreReadRunOnceTheyAreInAndOnlyForThatConversation() {
        OlderMessages older = new OlderMessages(c -> reads.add(c.id));
        List<String> ran = new ArrayList<>();
        assertFalse(older.defer(() -> ran.add("now")), "nothing is being read: the action runs at once");

        Conversation first = new Conversation("c1", 1);
        older.reading(first);
        assertEquals(List.of("c1"), reads, "the read starts with the partial conversation");
        assertTrue(older.pending());
        assertTrue(older.defer(() -> ran.add("send")));
        assertEquals(List.of(), ran);
        List<Runnable> waiting = older.finished(first);
        waiting.forEach(Runnable::run);
        assertEquals(List.of("send"), ran);
        assertFalse(older.pending());

        Conversation second = new Conversation("c2", 1);
        older.reading(first);
        older.defer(() -> ran.add("lost with the switch"));
        older.reading(second);
        assertNull(older.finished(first), "a read for a conversation no longer shown changes nothing");
        assertEquals(List.of(), older.finished(second), "the other conversation's action was dropped");
    }

    @Test
    void afterAFailedReadWhatWaitedIsNotDoneAndTheNextActionReadsAgainFirst() {
        OlderMessages older = new OlderMessages(c -> reads.add(c.id));
        List<String> ran = new ArrayList<>();
        Conversation shown = new Conversation("c1", 1);
        older.reading(shown);
        older.defer(() -> ran.add("send on 48 messages"));
        assertTrue(older.failed(shown));
        assertTrue(older.pending(), "still only partly read");
        assertEquals(List.of("c1"), reads);

        assertTrue(older.defer(() -> ran.add("send again")), "waits again");
        assertEquals(List.of("c1", "c1"), reads, "a new read started");
        assertTrue(older.defer(() -> ran.add("and regenerate")));
        assertEquals(List.of("c1", "c1"), reads, "one read at a time");
        older.finished(shown).forEach(Runnable::run);
        assertEquals(List.of("send again", "and regenerate"), ran, "the action asked for before the failure was dropped");
        assertFalse(older.failed(shown), "nothing left to fail: a late answer changes nothing");
        assertFalse(older.failed(new Conversation("c2", 1)));
    }

    @Test
    void theStoredMessagesBeforeTheFirstShownAreTheOlderOnes() {
        List<ChatMessage> stored = List.of(message("a"), message("b"), message("c"), message("d"));
        List<ChatMessage> before = OlderMessages.before(stored, List.of(message("c"), message("d")));
        assertEquals(List.of("a", "b"), before.stream().map(m -> m.id).toList());
        assertNull(OlderMessages.before(stored, List.of(message("gone"))), "the first shown was deleted meanwhile");
        assertNull(OlderMessages.before(stored, List.of()));
    }
}
