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

    @Test
    void actionsAskedForWhileOlderMessagesAreReadRunOnceTheyAreInAndOnlyForThatConversation() {
        OlderMessages older = new OlderMessages();
        List<String> ran = new ArrayList<>();
        assertFalse(older.defer(() -> ran.add("now")), "nothing is being read: the action runs at once");

        Conversation first = new Conversation("c1", 1);
        older.reading(first);
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
    void theStoredMessagesBeforeTheFirstShownAreTheOlderOnes() {
        List<ChatMessage> stored = List.of(message("a"), message("b"), message("c"), message("d"));
        List<ChatMessage> before = OlderMessages.before(stored, List.of(message("c"), message("d")));
        assertEquals(List.of("a", "b"), before.stream().map(m -> m.id).toList());
        assertNull(OlderMessages.before(stored, List.of(message("gone"))), "the first shown was deleted meanwhile");
        assertNull(OlderMessages.before(stored, List.of()));
    }
}
