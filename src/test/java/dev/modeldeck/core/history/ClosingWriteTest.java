package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The last batch of a page that is going away must be handed over whole in one go: a write that first reads a
 * record gets its answer back after the page is gone, and the browser drops the transaction (the reply then
 * looks like a crash).
 */
class ClosingWriteTest {
    final MemoryHistoryStore memory = new MemoryHistoryStore();
    final List<List<RecordWrite>> transactions = new ArrayList<>();
    final HistoryStore recording = new HistoryStore() {
        @Override public String get(HistoryArea area, String key) { return memory.get(area, key); }
        @Override public List<String> range(HistoryArea area, String prefix) { return memory.range(area, prefix); }
        @Override public PendingWrite write(List<RecordWrite> writes) {
            transactions.add(writes);
            return memory.write(writes);
        }
    };
    final History history = new History(recording, HistoryEvents.NONE, new FakeClock(), JsonParser::tryParse, "a");
    /** For the tests of a page dying with a transaction on its way. */
    final HeldStore store = new HeldStore();
    final History held = new History(store, HistoryEvents.NONE, new FakeClock(), JsonParser::tryParse, "a");
    final Conversation c = new Conversation("c1", 0);

    @Test
    void aClosingPageStoresItsLastBatchAndCauseWithoutReadingFirst() {
        assertNull(history.append(c, c.ask("q", 0)).await());
        ChatMessage reply = streamingInto(history, c);
        ReplyJournal journal = new ReplyJournal(history, c, reply);
        journal.content("first ");
        assertNull(journal.flush().await());
        journal.content("and last");
        transactions.clear();

        assertNull(journal.closing("the window was closed").await());
        assertEquals(1, transactions.size(), "one transaction");
        for (RecordWrite w : transactions.get(0)) {
            assertNotEquals(RecordWrite.Kind.MERGE, w.kind(), "nothing waits for a read: " + w);
        }
        assertClosedWith(history, "first and last");
    }

    @Test
    void aBatchWhileStreamingStillNeverOverwritesANewerRevision() {
        ChatMessage reply = streamingInto(history, c);
        transactions.clear();
        assertNull(history.appendPart(c, reply, 0, "text", "").await());
        assertTrue(transactions.get(0).stream().anyMatch(w -> w.kind() == RecordWrite.Kind.MERGE), "the usual batch merges by revision");
    }

    /** Holds transactions until told: each runs, or is dropped as a page's unfinished ones are when it dies. */
    static final class HeldStore implements HistoryStore {
        final MemoryHistoryStore memory = new MemoryHistoryStore();
        final List<Runnable> held = new ArrayList<>();
        boolean holding;

        @Override public String get(HistoryArea area, String key) { return memory.get(area, key); }
        @Override public List<String> range(HistoryArea area, String prefix) { return memory.range(area, prefix); }
        @Override public PendingWrite write(List<RecordWrite> writes) {
            if (!holding) {
                return memory.write(writes);
            }
            List<java.util.function.Consumer<dev.modeldeck.core.store.StoreException>> waiting = new ArrayList<>();
            held.add(() -> {
                var error = memory.write(writes).await();
                waiting.forEach(w -> w.accept(error));
            });
            return new PendingWrite() {
                @Override public dev.modeldeck.core.store.StoreException await() { throw new UnsupportedOperationException(); }
                @Override public void whenDone(java.util.function.Consumer<dev.modeldeck.core.store.StoreException> done) { waiting.add(done); }
            };
        }
    }

    static void assertClosedWith(History h, String content) {
        ChatMessage stored = h.load("c1").conversation().last();
        assertEquals(content, stored.content);
        assertEquals(ChatMessage.Status.INCOMPLETE, stored.status);
        assertEquals("the window was closed", stored.error);
    }

    static ChatMessage streamingInto(History h, Conversation c) {
        ChatMessage reply = new ChatMessage("assistant", "");
        reply.status = ChatMessage.Status.STREAMING;
        assertNull(h.append(c, reply).await());
        return reply;
    }

    @Test
    void aBatchStillOnItsWayWhenThePageGoesIsHandedOverAgain() {
        ReplyJournal journal = new ReplyJournal(held, c, streamingInto(held, c));
        journal.content("stored. ");
        assertNull(journal.flush().await());
        store.holding = true;
        journal.content("on its way (the page was hidden). ");
        journal.flush();
        journal.content("last words");
        journal.closing("the window was closed");
        store.held.remove(0); // the page died before the hidden page's batch landed
        store.held.forEach(Runnable::run);

        assertClosedWith(held, "stored. on its way (the page was hidden). last words");
    }

    @Test
    void aBatchThatLandedAfterAllIsNotDoubled() {
        ReplyJournal journal = new ReplyJournal(held, c, streamingInto(held, c));
        store.holding = true;
        journal.content("on its way. ");
        journal.flush();
        journal.content("last words");
        journal.closing("the window was closed");
        store.held.forEach(Runnable::run); // both land, in order

        assertClosedWith(held, "on its way. last words");
    }
}
