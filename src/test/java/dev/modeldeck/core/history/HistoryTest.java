package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    final FakeClock clock = new FakeClock();
    final MemoryHistoryStore store = new MemoryHistoryStore();
    final List<HistoryEvent> heard = new ArrayList<>();
    final HistoryEvents bus = new HistoryEvents() {
        @Override public void publish(HistoryEvent e) { heard.add(e); }
        @Override public void subscribe(java.util.function.Consumer<HistoryEvent> l) { }
    };

    History page(String writer) { return new History(store, bus, clock, JsonParser::tryParse, writer); }

    static Conversation copy(History h, String id) { return h.load(id).conversation(); }

    static String texts(Conversation c) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : c.messages) {
            sb.append(m.role).append(':').append(m.content).append(';');
        }
        return sb.toString();
    }

    Conversation start(History h, String question) {
        Conversation c = new Conversation("c1", clock.nowMillis());
        assertNull(h.append(c, c.ask(question, clock.nowMillis())).await());
        return c;
    }

    /** A reply that has started streaming: its record is stored, its text will come in parts. */
    static ChatMessage streamingReply(History h, Conversation c) {
        ChatMessage reply = new ChatMessage("assistant", "");
        reply.status = ChatMessage.Status.STREAMING;
        h.append(c, reply);
        return reply;
    }

    @Test
    void appendStoresOneRecordPerMessageAndNeverRewritesEarlierOnes() {
        History h = page("a");
        Conversation c = start(h, "first");
        clock.advance(5);
        ChatMessage reply = new ChatMessage("assistant", "answer");
        assertNull(h.append(c, reply).await());
        assertEquals(2, store.keys(HistoryArea.MESSAGES).size());
        int before = store.writes();
        clock.advance(5);
        h.append(c, c.ask("second", clock.nowMillis()));
        assertEquals(before + 1, store.writes(), "one transaction per appended message");
        assertEquals("user:first;assistant:answer;user:second;", texts(copy(h, "c1")));
        assertEquals("first", copy(h, "c1").title);
        assertEquals(HistoryEvent.Kind.MESSAGE_ADDED, heard.get(heard.size() - 1).kind());
        assertEquals(c.last().id, heard.get(heard.size() - 1).messageId(), "the event names the message");
    }

    @Test
    void twoPagesAddingToOneConversationKeepBothPagesMessages() {
        History popup = page("p");
        History panel = page("s");
        Conversation a = start(popup, "from popup");
        Conversation b = copy(panel, "c1");
        // Both pages now append without seeing each other's writes (same millisecond too).
        popup.append(a, a.ask("popup again", clock.nowMillis()));
        panel.append(b, b.ask("panel question", clock.nowMillis()));
        ChatMessage ra = new ChatMessage("assistant", "popup reply");
        ChatMessage rb = new ChatMessage("assistant", "panel reply");
        popup.append(a, ra);
        panel.append(b, rb);
        String all = texts(copy(popup, "c1"));
        for (String s : List.of("from popup", "popup again", "panel question", "popup reply", "panel reply")) {
            assertTrue(all.contains(s), s + " in " + all);
        }
        assertEquals(5, copy(panel, "c1").messages.size());
    }

    @Test
    void aStaleCopyNeverOverwritesNewerText() {
        History writer = page("w");
        History stale = page("s");
        Conversation c = start(writer, "q");
        ChatMessage reply = new ChatMessage("assistant", "short");
        writer.append(c, reply);
        Conversation old = copy(stale, "c1");
        reply.content = "short and then much longer";
        writer.update(c, reply);
        ChatMessage staleReply = old.last();
        staleReply.content = "short";
        staleReply.rev = reply.rev - 1; // what the stale page would write: an older revision plus one
        stale.update(old, staleReply);
        assertEquals("short and then much longer", copy(writer, "c1").last().content);
    }

    @Test
    void metaFromThePageThatChangedItLastWinsAndActivityTimeOnlyGrows() {
        History a = page("a");
        History b = page("b");
        Conversation ca = start(a, "hello");
        Conversation cb = copy(b, "c1");
        clock.advance(10);
        cb.title = "Renamed in b";
        b.saveMeta(cb);
        clock.advance(10);
        a.append(ca, new ChatMessage("assistant", "reply")); // a still has the old title in memory
        Conversation now = copy(a, "c1");
        assertEquals("Renamed in b", now.title);
        assertEquals(clock.nowMillis(), now.updatedAt);
        assertEquals(1, a.list().items().size());
    }

    @Test
    void streamedTextIsAppendedInPartsAndFoldedIntoTheReplyAtTheEnd() {
        History h = page("a");
        Conversation c = start(h, "q");
        ChatMessage reply = streamingReply(h, c);
        ReplyJournal j = new ReplyJournal(h, c, reply);
        j.content("Hel");
        j.flush();
        j.content("lo");
        j.reasoning("think");
        j.flush();
        assertEquals(2, store.keys(HistoryArea.PARTS).size());
        ChatMessage mid = copy(h, "c1").last();
        assertEquals("Hello", mid.content);
        assertEquals("think", mid.reasoning);
        assertEquals(ChatMessage.Status.STREAMING, mid.status);
        reply.content = "Hello!";
        reply.reasoning = "think";
        reply.status = ChatMessage.Status.COMPLETE;
        assertNull(j.finish().await());
        assertTrue(store.keys(HistoryArea.PARTS).isEmpty(), "parts folded into the reply");
        ChatMessage done = copy(h, "c1").last();
        assertEquals("Hello!", done.content);
        assertEquals(ChatMessage.Status.COMPLETE, done.status);
    }

    @Test
    void aBatchRefusedByFullStorageIsKeptAndStoredWithTheNextOne() {
        History h = page("a");
        Conversation c = start(h, "q");
        ChatMessage reply = streamingReply(h, c);
        ReplyJournal j = new ReplyJournal(h, c, reply);
        store.setQuotaChars(1);
        j.content("lost? ");
        StoreException e = j.flush().await();
        assertNotNull(e);
        assertTrue(e.quotaExceeded());
        assertEquals(6, j.unstoredChars(), "the refused text is still here");
        store.setQuotaChars(Long.MAX_VALUE);
        j.content("no.");
        assertNull(j.flush().await());
        assertEquals("lost? no.", copy(h, "c1").last().content);
    }

    @Test
    void aPageClosingMidReplyStoresItsTextWithTheTrueCause() {
        History h = page("a");
        Conversation c = start(h, "q");
        ChatMessage reply = streamingReply(h, c);
        ReplyJournal j = new ReplyJournal(h, c, reply);
        j.content("partial");
        j.closing("the window was closed");
        ChatMessage stored = copy(h, "c1").last();
        assertEquals("partial", stored.content);
        assertEquals(ChatMessage.Status.INCOMPLETE, stored.status);
        assertEquals("the window was closed", stored.error);
    }

    @Test
    void removingAMessageAndDeletingAConversationLeaveNoRecordsBehind() {
        History h = page("a");
        Conversation c = start(h, "q");
        ChatMessage reply = streamingReply(h, c);
        new ReplyJournal(h, c, reply).closing("x");
        h.remove(c, reply);
        assertEquals(1, copy(h, "c1").messages.size());
        assertTrue(store.keys(HistoryArea.PARTS).isEmpty());
        h.delete("c1");
        assertTrue(store.keys(HistoryArea.MESSAGES).isEmpty());
        assertTrue(h.list().items().isEmpty());
        assertFalse(h.load("c1").found());
    }

    @Test
    void theNewestMessagesAreReadAloneWithTheNumberOfOlderOnes() {
        History h = page("a");
        Conversation c = start(h, "q0");
        for (int i = 1; i < 10; i++) {
            clock.advance(5);
            h.append(c, new ChatMessage(i % 2 == 0 ? "user" : "assistant", "m" + i));
        }
        ChatMessage reply = streamingReply(h, c);
        ReplyJournal j = new ReplyJournal(h, c, reply);
        j.content("streamed");
        j.flush();

        NewestLoad newest = h.loadNewest("c1", 3);
        assertTrue(newest.found());
        assertEquals(8, newest.older());
        assertEquals("user:m8;assistant:m9;assistant:streamed;", texts(newest.conversation()),
            "the last three in order, a streaming reply with its parts");
        assertEquals(c.title, newest.conversation().title);

        NewestLoad whole = h.loadNewest("c1", 50);
        assertEquals(0, whole.older());
        assertEquals(texts(copy(h, "c1")), texts(whole.conversation()));
        assertFalse(h.loadNewest("nope", 3).found());
    }
}
