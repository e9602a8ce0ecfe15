package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationStoreTest {
    final MemoryKeyValueStore kv = new MemoryKeyValueStore();
    final ConversationStore store = new ConversationStore(kv);

    static Conversation conv(String id, String title, long updatedAt, String... turns) {
        Conversation c = new Conversation(id, updatedAt - 100);
        c.title = title;
        c.updatedAt = updatedAt;
        c.modelId = "gpt-4o-mini";
        c.providerId = "p";
        for (int i = 0; i < turns.length; i++) {
            c.messages.add(new ChatMessage(i % 2 == 0 ? "user" : "assistant", turns[i]));
        }
        return c;
    }

    static List<String> ids(List<ConversationSummary> items) {
        List<String> out = new ArrayList<>();
        for (ConversationSummary s : items) {
            out.add(s.id());
        }
        return out;
    }

    @Test
    void saveWritesOneKeyPerConversationAndAnIndexRow() throws Exception {
        assertTrue(store.save(conv("c1", "First", 10, "hi", "hello")).ok());
        assertNotNull(kv.get("modeldeck.conv.c1"));
        String index = kv.get("modeldeck.convs");
        assertEquals("c1", JsonParser.parse(index).at(0).get("id").str());
        assertEquals("First", JsonParser.parse(index).at(0).get("title").str());
        assertEquals(10, JsonParser.parse(index).at(0).get("updatedAt").asLong(0));
        assertEquals("gpt-4o-mini", JsonParser.parse(index).at(0).get("model").str());
        assertFalse(index.contains("hello"), "the index holds no message text");
    }

    @Test
    void loadReturnsTheSavedConversationExactly() {
        Conversation c = conv("c1", "First", 10, "hi", "hello");
        c.messages.get(1).reasoning = "thinking";
        c.systemPrompt = "be brief";
        store.save(c);
        ConversationLoad l = store.load("c1");
        assertTrue(l.found());
        assertNull(l.notice());
        assertEquals(c.toJson().toString(), l.conversation().toJson().toString());
    }

    @Test
    void loadOfAMissingConversationSaysSo() {
        ConversationLoad l = store.load("nope");
        assertFalse(l.found());
        assertFalse(l.corrupt());
        assertTrue(l.notice().contains("no longer exists"));
    }

    @Test
    void listIsNewestFirstAndReadsOnlyTheIndex() throws Exception {
        store.save(conv("old", "Old", 10));
        store.save(conv("new", "New", 30));
        store.save(conv("mid", "Mid", 20));
        // Damage a conversation body: listing must not need it.
        kv.put("modeldeck.conv.mid", "{damaged");
        ConversationList list = store.list();
        assertEquals(List.of("new", "mid", "old"), ids(list.items()));
        assertEquals("Mid", list.items().get(1).title());
        assertTrue(list.notices().isEmpty());
    }

    @Test
    void savingAgainUpdatesTheRowInsteadOfAddingOne() {
        store.save(conv("c1", "First", 10));
        store.save(conv("c1", "Renamed", 50, "more"));
        ConversationList list = store.list();
        assertEquals(1, list.items().size());
        assertEquals("Renamed", list.items().get(0).title());
        assertEquals(50, list.items().get(0).updatedAt());
    }

    @Test
    void quotaErrorLeavesThePreviousVersionAndReturnsTheUnsavedConversation() throws Exception {
        store.save(conv("c1", "Chat", 10, "short"));
        String before = kv.get("modeldeck.conv.c1");
        String indexBefore = kv.get("modeldeck.convs");
        long used = 0;
        for (String k : kv.keys()) {
            used += k.length() + kv.get(k).length();
        }
        kv.setQuotaChars(used + 20);
        Conversation bigger = conv("c1", "Chat", 20, "short", "x".repeat(1000));
        ConversationWrite w = store.save(bigger);
        assertFalse(w.ok());
        assertTrue(w.quotaExceeded());
        assertSame(bigger, w.conversation());
        assertEquals(2, w.conversation().messages.size(), "in-memory conversation untouched");
        assertTrue(w.message().contains("Storage is full"));
        assertTrue(w.message().contains("“Chat”"));
        assertTrue(w.message().contains("still open here"));
        assertEquals(before, kv.get("modeldeck.conv.c1"));
        assertEquals(indexBefore, kv.get("modeldeck.convs"));
    }

    @Test
    void whenOnlyTheIndexWriteFailsTheConversationWriteIsRolledBack() throws Exception {
        store.save(conv("c1", "Chat", 10, "short"));
        String before = kv.get("modeldeck.conv.c1");
        // Fails the index write only: the conversation key was accepted just before.
        KeyValueStore failingIndex = new KeyValueStore() {
            @Override public String get(String key) { return kv.get(key); }
            @Override public void put(String key, String value) throws StoreException {
                if (key.equals(StorageKeys.CONVERSATION_INDEX)) {
                    throw new StoreException("Storage is full.", true);
                }
                kv.put(key, value);
            }
            @Override public void remove(String key) { kv.remove(key); }
            @Override public List<String> keys() { return kv.keys(); }
        };
        ConversationStore s = new ConversationStore(failingIndex);
        ConversationWrite w = s.save(conv("c1", "Chat", 20, "short", "longer"));
        assertFalse(w.ok());
        assertEquals(before, kv.get("modeldeck.conv.c1"));
        ConversationWrite fresh = s.save(conv("c2", "New", 30, "x"));
        assertFalse(fresh.ok());
        assertNull(kv.get("modeldeck.conv.c2"), "a new conversation that could not be indexed is removed again");
    }

    @Test
    void nonQuotaFailureHasItsOwnMessage() {
        KeyValueStore broken = new KeyValueStore() {
            @Override public String get(String key) { return null; }
            @Override public void put(String key, String value) throws StoreException { throw new StoreException("denied", false); }
            @Override public void remove(String key) { }
            @Override public List<String> keys() { return new ArrayList<>(); }
        };
        ConversationWrite w = new ConversationStore(broken).save(conv("c", "T", 1));
        assertFalse(w.ok());
        assertFalse(w.quotaExceeded());
        assertTrue(w.message().contains("could not be written"));
    }

    @Test
    void conversationWithoutIdIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> store.save(new Conversation()));
    }

    @Test
    void deleteRemovesTheConversationAndItsRow() {
        store.save(conv("a", "A", 10));
        store.save(conv("b", "B", 20));
        assertTrue(store.delete("a").ok());
        assertNull(kv.get("modeldeck.conv.a"));
        assertEquals(List.of("b"), ids(store.list().items()));
        assertFalse(kv.get("modeldeck.convs").contains("\"a\""));
        assertTrue(store.delete("never-existed").ok());
    }

    @Test
    void renameChangesTheTitleButNotTheOrder() {
        store.save(conv("a", "A", 10, "hello"));
        store.save(conv("b", "B", 20));
        ConversationWrite w = store.rename("a", "  Holiday plans  ");
        assertTrue(w.ok());
        assertEquals("Holiday plans", store.load("a").conversation().title);
        assertEquals(10, store.load("a").conversation().updatedAt);
        assertEquals(1, store.load("a").conversation().messages.size());
        assertEquals(List.of("b", "a"), ids(store.list().items()));
        assertEquals("Holiday plans", store.list().items().get(1).title());
        assertEquals("New chat", store.rename("a", "   ").conversation().title);
    }

    @Test
    void renameOfAMissingConversationFailsWithAReason() {
        ConversationWrite w = store.rename("ghost", "x");
        assertFalse(w.ok());
        assertTrue(w.message().startsWith("Could not rename: this conversation no longer exists"));
    }

    @Test
    void searchMatchesTitlesAndMessageTextCaseInsensitively() {
        store.save(conv("a", "Trip to Lisbon", 10, "Where should I eat?", "Try the Pastéis de Belém."));
        store.save(conv("b", "Java questions", 20, "What is a record?", "A record is a transparent data carrier."));
        store.save(conv("c", "Misc", 30, "nothing relevant"));

        ConversationSearch byTitle = store.search("lisbon");
        assertEquals(List.of("a"), idsOf(byTitle));
        assertTrue(byTitle.hits().get(0).titleMatch());

        ConversationSearch byText = store.search("TRANSPARENT");
        assertEquals(List.of("b"), idsOf(byText));
        assertFalse(byText.hits().get(0).titleMatch());
        assertEquals(1, byText.hits().get(0).messageIndex());
        assertTrue(byText.hits().get(0).snippet().contains("transparent data carrier"));

        assertEquals(List.of("a"), idsOf(store.search("lisbon belém")), "every word must match somewhere");
        assertTrue(store.search("lisbon record").hits().isEmpty());
        assertEquals(List.of("c", "b", "a"), idsOf(store.search("  ")));
    }

    @Test
    void snippetIsCutAroundTheMatchOnOneLine() {
        String text = "a".repeat(100) + "\nneedle\n" + "b".repeat(100);
        String s = ConversationStore.snippet(text, 101, 6);
        assertTrue(s.startsWith("…"));
        assertTrue(s.endsWith("…"));
        assertTrue(s.contains(" needle "));
        assertTrue(s.length() < 100);
        assertEquals("short", ConversationStore.snippet("short", 0, 5));
    }

    @Test
    void corruptConversationIsSkippedAndReportedBySearchNotFatal() throws Exception {
        store.save(conv("good", "Good", 10, "apple pie"));
        store.save(conv("bad", "Bad", 20, "apple tart"));
        kv.put("modeldeck.conv.bad", "{\"id\":\"bad\",\"messages\":[");
        ConversationSearch r = store.search("apple");
        assertEquals(List.of("good"), idsOf(r));
        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).contains("modeldeck.conv.bad"));
        assertEquals("{\"id\":\"bad\",\"messages\":[", kv.get("modeldeck.conv.bad"), "left untouched");
        ConversationLoad l = store.load("bad");
        assertTrue(l.corrupt());
        assertFalse(l.found());
    }

    @Test
    void conversationMissingFromTheIndexIsListedAndTheIndexRepaired() throws Exception {
        store.save(conv("a", "A", 10));
        kv.put("modeldeck.conv.orphan", conv("orphan", "Orphan", 99).toJson().toString());
        kv.put("modeldeck.conv.broken", "%%%");
        ConversationList list = store.list();
        assertEquals(List.of("orphan", "a"), ids(list.items()));
        assertEquals(1, list.notices().size());
        assertTrue(list.notices().get(0).contains("modeldeck.conv.broken"));
        assertTrue(kv.get("modeldeck.convs").contains("orphan"));
    }

    @Test
    void indexRowsWithoutAConversationAreHidden() throws Exception {
        store.save(conv("a", "A", 10));
        store.save(conv("b", "B", 20));
        kv.remove("modeldeck.conv.b");
        assertEquals(List.of("a"), ids(store.list().items()));
    }

    @Test
    void unreadableIndexIsRebuiltFromTheConversationsAndReported() throws Exception {
        store.save(conv("a", "A", 10));
        store.save(conv("b", "B", 20));
        kv.put("modeldeck.convs", "{oops");
        ConversationList list = store.list();
        assertEquals(List.of("b", "a"), ids(list.items()));
        assertTrue(list.notices().get(0).contains("rebuilt"));
        assertTrue(JsonParser.parse(kv.get("modeldeck.convs")).isArray());
    }

    static List<String> idsOf(ConversationSearch r) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            out.add(h.summary().id());
        }
        return out;
    }
}
