package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OldConversationsTest {
    static final long DAY = OldConversations.DAY_MS;
    final FakeClock clock = new FakeClock();
    final MemoryHistoryStore store = new MemoryHistoryStore();
    final MemoryLiveReplies live = new MemoryLiveReplies();
    final List<HistoryEvent> heard = new ArrayList<>();
    final History history = new History(store, new HistoryEvents() {
        @Override public void publish(HistoryEvent e) { heard.add(e); }
        @Override public void subscribe(java.util.function.Consumer<HistoryEvent> l) { }
    }, clock, JsonParser::tryParse, "t");
    final OldConversations old = new OldConversations(history, live);

    /** A conversation of one question and a long answer, last active at the clock's time. */
    Conversation chat(String id, String title) {
        Conversation c = new Conversation(id, clock.nowMillis());
        ChatMessage question = c.ask("Question for " + title, clock.nowMillis());
        c.title = title;
        assertNull(history.append(c, question).await());
        assertNull(history.append(c, new ChatMessage("assistant", "x".repeat(10_000))).await());
        return c;
    }

    /** Conversations "a" and "b", 400 days old, and the plan to delete what is older than 90 days. */
    OldConversations.Plan twoOldOnes(String titleA, String titleB) {
        clock.set(1000 * DAY);
        chat("a", titleA);
        chat("b", titleB);
        clock.set(1400 * DAY);
        return old.plan(90, clock.nowMillis(), null);
    }

    static List<String> ids(List<ConversationSummary> list) {
        List<String> out = new ArrayList<>();
        for (ConversationSummary s : list) {
            out.add(s.id());
        }
        return out;
    }

    @Test
    void thePlanNamesConversationsLastActiveBeforeTheCutoffWithTheirSize() {
        clock.set(1000 * DAY);
        chat("ancient", "Ancient");
        clock.set(1300 * DAY);
        chat("old", "Old");
        clock.set(1380 * DAY);
        chat("recent", "Recent");
        clock.set(1400 * DAY);
        OldConversations.Plan plan = old.plan(90, clock.nowMillis(), null);
        assertEquals(List.of("old", "ancient"), ids(plan.doomed()), "newest first, the recent one stays");
        assertTrue(plan.bytes() > 20_000 && plan.bytes() < 21_000, "two answers of 10,000 characters and a little more: " + plan.bytes());
        assertEquals(List.of("ancient"), ids(old.plan(365, clock.nowMillis(), null).doomed()));
        assertTrue(old.plan(30, clock.nowMillis(), null).doomed().size() == 2);
        assertTrue(old.plan(3650, clock.nowMillis(), null).isEmpty());
    }

    @Test
    void theConversationOpenHereAndOneStreamingElsewhereAreKeptAndSaidSo() {
        clock.set(1000 * DAY);
        chat("open", "Open here");
        chat("streaming", "Streaming elsewhere");
        chat("plain", "Plain");
        live.hold("streaming");
        clock.set(1400 * DAY);
        OldConversations.Plan plan = old.plan(90, clock.nowMillis(), "open");
        assertEquals(List.of("plain"), ids(plan.doomed()));
        assertEquals(List.of("open"), ids(plan.keptOpen()));
        assertEquals(List.of("streaming"), ids(plan.keptStreaming()));

        OldConversations.Outcome done = old.delete(plan, "open");
        assertEquals(1, done.deleted());
        assertTrue(history.load("open").found());
        assertTrue(history.load("streaming").found());
        assertFalse(history.load("plain").found());
    }

    @Test
    void deletingIsOneAnnouncedTransactionPerConversationAndRemovesEveryRecord() {
        OldConversations.Plan plan = twoOldOnes("A", "B");
        int writes = store.writes();
        heard.clear();
        OldConversations.Outcome done = old.delete(plan, null);
        assertEquals(2, done.deleted());
        assertEquals(plan.bytes(), done.bytes());
        assertEquals(writes + 2, store.writes(), "one transaction per conversation");
        assertEquals(List.of(new HistoryEvent(HistoryEvent.Kind.CONVERSATION_DELETED, "a", null),
            new HistoryEvent(HistoryEvent.Kind.CONVERSATION_DELETED, "b", null)),
            heard.stream().sorted((x, y) -> x.conversationId().compareTo(y.conversationId())).toList());
        assertTrue(store.keys(HistoryArea.CONVERSATIONS).isEmpty());
        assertTrue(store.keys(HistoryArea.MESSAGES).isEmpty());
    }

    @Test
    void aConversationUsedOpenedOrStreamedIntoAfterThePlanIsKept() {
        clock.set(1000 * DAY);
        Conversation used = chat("used", "Used since");
        chat("opened", "Opened since");
        chat("streamed", "Streamed since");
        chat("gone", "Deleted elsewhere");
        chat("plain", "Plain");
        clock.set(1400 * DAY);
        OldConversations.Plan plan = old.plan(90, clock.nowMillis(), null);
        assertEquals(5, plan.doomed().size());
        assertNull(history.append(used, used.ask("Still needed", clock.nowMillis())).await());
        live.hold("streamed");
        assertNull(history.delete("gone").await());

        OldConversations.Outcome done = old.delete(plan, "opened");
        assertEquals(1, done.deleted());
        assertEquals(3, done.keptSince());
        assertEquals(0, done.failed());
        assertTrue(history.load("used").found());
        assertTrue(history.load("opened").found());
        assertTrue(history.load("streamed").found());
        assertFalse(history.load("plain").found());
    }

    @Test
    void aRefusedDeletionIsCountedWithItsReasonAndTheRestStillGo() {
        OldConversations.Plan plan = twoOldOnes("A", "B");
        store.setQuotaChars(0); // every transaction is refused, deletions included
        OldConversations.Outcome refused = old.delete(plan, null);
        assertEquals(0, refused.deleted());
        assertEquals(2, refused.failed());
        assertEquals("Storage is full.", refused.error());
        store.setQuotaChars(Long.MAX_VALUE);
        assertEquals(2, old.delete(plan, null).deleted());
    }

    @Test
    void theExportOfThePlanImportsBackEveryConversationWithItsMessages() {
        OldConversations.Plan plan = twoOldOnes("First", "Second");
        StringBuilder problem = new StringBuilder();
        String file = old.export(plan, clock.nowMillis(), problem);
        assertEquals("", problem.toString());
        old.delete(plan, null);
        int[] n = {0};
        List<Conversation> back = ConversationExport.readAll(file, () -> "back-" + n[0]++, clock.nowMillis(), problem);
        assertEquals(List.of("First", "Second"), back.stream().map(c -> c.title).toList());
        assertEquals("Question for Second", back.get(1).messages.get(0).content);
        assertEquals(10_000, back.get(1).messages.get(1).content.length());
    }

    @Test
    void sizesCountMultibyteTextAsUtf8() {
        assertEquals(1 + 2 + 3 + 4, HistorySize.utf8("aé€😀"));
    }

    @Test
    void aRangeSizeCountsItsRecordsAndTheUtf8BytesOfTheirValues() throws Exception {
        assertNull(store.write(List.of(RecordWrite.put(HistoryArea.PARTS, "x|1", "aé"), RecordWrite.put(HistoryArea.PARTS, "x|2", "€"),
            RecordWrite.put(HistoryArea.PARTS, "y|1", "zzz"))).await());
        assertEquals(new RangeSize(2, 3 + 3), store.size(HistoryArea.PARTS, "x|"));
        assertEquals(new RangeSize(3, 9), store.size(HistoryArea.PARTS, ""));
        assertEquals(new RangeSize(0, 0), store.size(HistoryArea.MESSAGES, ""));
    }

    @Test
    void aConversationsSizeIsItsRecordsAndTheirKeys() throws Exception {
        clock.set(1000 * DAY);
        chat("a", "First");
        long values = HistorySize.utf8("a") + HistorySize.utf8(store.get(HistoryArea.CONVERSATIONS, "a"));
        long records = 0;
        for (String m : store.range(HistoryArea.MESSAGES, History.messagePrefix("a"))) {
            values += HistorySize.utf8(m);
            records++;
        }
        assertTrue(records >= 2, "a question and its reply");
        long keys = records * (HistorySize.utf8(History.messagePrefix("a")) + 17);
        assertEquals(values + keys + partBytes("a"), HistorySize.of(store, "a"));
    }

    private long partBytes(String id) throws Exception {
        long n = 0;
        for (String p : store.range(HistoryArea.PARTS, History.messagePrefix(id))) {
            n += HistorySize.utf8(History.messagePrefix(id)) + 17 + 7 + HistorySize.utf8(p);
        }
        return n;
    }

    @Test
    void theSizeOfAllConversationsInOnePassIsTheSumOfTheirSizes() throws Exception {
        clock.set(1000 * DAY);
        chat("a", "First");
        chat("b", "Second");
        List<ConversationSummary> all = history.list().items();
        assertEquals(HistorySize.of(store, "a") + HistorySize.of(store, "b"), HistorySize.ofAll(store, all));
        assertEquals(0, HistorySize.ofAll(store, List.of()));
    }
}
