package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.store.ConversationStore;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.testsupport.FakeClock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationMigrationTest {
    /** Thrown where the browser would have died. */
    static final class Crash extends RuntimeException {
        Crash() { super("simulated crash"); }
    }

    /** Counts every step that changes storage (either store) and dies before step {@code allowed + 1}. */
    static final class Steps {
        final int allowed;
        int done;

        Steps(int allowed) { this.allowed = allowed; }

        void step() {
            if (done >= allowed) {
                throw new Crash();
            }
            done++;
        }
    }

    static final class CrashingKv implements KeyValueStore {
        final KeyValueStore d;
        final Steps steps;
        CrashingKv(KeyValueStore d, Steps steps) { this.d = d; this.steps = steps; }
        @Override public String get(String key) { return d.get(key); }
        @Override public void put(String key, String value) throws StoreException { steps.step(); d.put(key, value); }
        @Override public void remove(String key) { steps.step(); d.remove(key); }
        @Override public List<String> keys() { return d.keys(); }
    }

    static final class CrashingHistory implements HistoryStore {
        final HistoryStore d;
        final Steps steps;
        CrashingHistory(HistoryStore d, Steps steps) { this.d = d; this.steps = steps; }
        @Override public String get(HistoryArea a, String k) throws StoreException { return d.get(a, k); }
        @Override public List<String> range(HistoryArea a, String p) throws StoreException { return d.range(a, p); }
        @Override public PendingWrite write(List<RecordWrite> w) { steps.step(); return d.write(w); }
    }

    final FakeClock clock = new FakeClock();

    static Conversation conv(String id, String title, long at, String... turns) {
        Conversation c = new Conversation(id, at);
        c.title = title;
        for (int i = 0; i < turns.length; i++) {
            ChatMessage m = new ChatMessage(i % 2 == 0 ? "user" : "assistant", turns[i]);
            m.createdAt = at + i;
            c.messages.add(m);
        }
        return c;
    }

    MemoryKeyValueStore oldStorage() throws StoreException {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        ConversationStore old = new ConversationStore(kv);
        assertTrue(old.save(conv("a", "Alpha", 1000, "one", "two", "three")).ok());
        assertTrue(old.save(conv("b", "Beta", 2000, "x", "y")).ok());
        Conversation empty = conv("c", "Same times", 0, "p", "q", "r", "s");
        for (ChatMessage m : empty.messages) {
            m.createdAt = 0; // the earliest builds stored no times: order comes from position
        }
        assertTrue(old.save(empty).ok());
        kv.put("modeldeck.settings", "{\"schemaVersion\":2}");
        return kv;
    }

    History history(HistoryStore store) { return new History(store, HistoryEvents.NONE, clock, JsonParser::tryParse, "t"); }

    static String texts(Conversation c) {
        StringBuilder sb = new StringBuilder(c.title).append('=');
        for (ChatMessage m : c.messages) {
            sb.append(m.role).append(':').append(m.content).append(';');
        }
        return sb.toString();
    }

    void assertMoved(MemoryKeyValueStore kv, MemoryHistoryStore store) {
        History h = history(store);
        assertEquals("Alpha=user:one;assistant:two;user:three;", texts(h.load("a").conversation()));
        assertEquals("Beta=user:x;assistant:y;", texts(h.load("b").conversation()));
        assertEquals("Same times=user:p;assistant:q;user:r;assistant:s;", texts(h.load("c").conversation()));
        assertEquals(9, store.keys(HistoryArea.MESSAGES).size(), "no duplicates");
        assertEquals(List.of("modeldeck.settings"), kv.keys(), "old conversation keys and index removed, settings untouched");
    }

    @Test
    void movesEveryConversationAndRemovesTheOldKeysOnlyAfterwards() throws Exception {
        MemoryKeyValueStore kv = oldStorage();
        MemoryHistoryStore store = new MemoryHistoryStore();
        assertTrue(ConversationMigration.needed(kv));
        assertTrue(new ConversationMigration(kv, history(store)).run().isEmpty());
        assertMoved(kv, store);
        assertFalse(ConversationMigration.needed(kv));
        assertEquals(1000, history(store).load("a").conversation().createdAt);
    }

    @Test
    void aCrashAfterAnyStepLosesNothingAndTheNextRunFinishesWithoutDuplicates() throws Exception {
        int total = 0;
        for (int allowed = 0; ; allowed++) {
            MemoryKeyValueStore kv = oldStorage();
            MemoryHistoryStore store = new MemoryHistoryStore();
            Steps steps = new Steps(allowed);
            boolean crashed = false;
            try {
                new ConversationMigration(new CrashingKv(kv, steps), history(new CrashingHistory(store, steps))).run();
            } catch (Crash c) {
                crashed = true;
            }
            // Whatever the crash left: every conversation is readable somewhere.
            for (String id : List.of("a", "b", "c")) {
                boolean old = kv.get("modeldeck.conv." + id) != null;
                boolean moved = history(store).load(id).found();
                assertTrue(old || moved, "conversation " + id + " lost after " + allowed + " steps");
            }
            assertTrue(new ConversationMigration(kv, history(store)).run().isEmpty());
            assertMoved(kv, store);
            // A third run (say, another page opening) changes nothing.
            int writes = store.writes();
            new ConversationMigration(kv, history(store)).run();
            assertEquals(writes, store.writes());
            total++;
            if (!crashed) {
                break;
            }
        }
        assertTrue(total >= 7, "three copies, three removals and the index removal are separate steps: " + total);
    }

    @Test
    void anUnreadableOldConversationStaysWhereItIsAndIsReported() throws Exception {
        MemoryKeyValueStore kv = oldStorage();
        kv.put("modeldeck.conv.bad", "{not json");
        MemoryHistoryStore store = new MemoryHistoryStore();
        List<String> notices = new ConversationMigration(kv, history(store)).run();
        assertEquals(1, notices.size(), notices.toString());
        assertEquals("{not json", kv.get("modeldeck.conv.bad"));
        assertTrue(history(store).load("a").found());
    }

    @Test
    void aCopyThatCannotBeStoredKeepsTheOldData() throws Exception {
        MemoryKeyValueStore kv = oldStorage();
        MemoryHistoryStore store = new MemoryHistoryStore();
        store.setQuotaChars(10);
        List<String> notices = new ConversationMigration(kv, history(store)).run();
        assertEquals(3, notices.size());
        assertNotNull(kv.get("modeldeck.conv.a"));
        assertNotNull(kv.get("modeldeck.convs"));
    }
}
