package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.store.ConversationList;
import dev.modeldeck.core.store.ConversationLoad;
import dev.modeldeck.core.store.ConversationSearch;
import dev.modeldeck.core.store.ConversationStore;
import dev.modeldeck.core.store.SearchHit;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Conversations as records: one per conversation (the index), one per message, and the parts a streaming
 * reply appends. Writes touch only what changed, never the whole conversation; a message record is replaced
 * only by a higher revision, so a page with a stale copy cannot overwrite newer text, and two pages adding
 * messages to one conversation never lose each other's. Every stored change is announced to the other pages.
 */
public final class History {
    static final String SEP = "|";

    private final HistoryStore store;
    private final HistoryEvents events;
    private final Clock clock;
    private final HistoryCodec codec;
    private final MessageIds ids;

    public History(HistoryStore store, HistoryEvents events, Clock clock, Function<String, Json> jsonReader, String writer) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.codec = new HistoryCodec(jsonReader);
        this.ids = new MessageIds(writer);
    }

    public HistoryStore store() { return store; }

    /** Calls {@code listener} with each change another page stored. */
    public void onChange(java.util.function.Consumer<HistoryEvent> listener) { events.subscribe(listener); }

    static String messageKey(String conversationId, String messageId) { return conversationId + SEP + messageId; }

    static String messagePrefix(String conversationId) { return conversationId + SEP; }

    static String partPrefix(String conversationId, String messageId) { return messageKey(conversationId, messageId) + SEP; }

    static String partKey(String conversationId, String messageId, int part) {
        String n = Integer.toString(part);
        return partPrefix(conversationId, messageId) + "000000".substring(Math.min(6, n.length())) + n;
    }

    // ---- reading ----

    /** Every conversation, newest first; unreadable records are skipped and reported. */
    public ConversationList list() {
        List<String> notices = new ArrayList<>();
        List<ConversationSummary> items = new ArrayList<>();
        try {
            for (String raw : store.range(HistoryArea.CONVERSATIONS, "")) {
                Conversation c = codec.conversation(raw);
                if (c == null) {
                    notices.add(I18n.t("store_index_rebuilt"));
                } else {
                    items.add(ConversationSummary.of(c));
                }
            }
        } catch (StoreException e) {
            notices.add(e.getMessage());
        }
        items.sort((a, b) -> Long.compare(b.updatedAt(), a.updatedAt()));
        return new ConversationList(items, notices);
    }

    /**
     * Conversations whose title or messages contain every word of the query (case-insensitive), newest first;
     * a blank query returns every conversation.
     */
    public ConversationSearch search(String query) {
        ConversationList all = list();
        List<String> notices = new ArrayList<>(all.notices());
        List<String> terms = ConversationStore.words(query == null ? "" : query.toLowerCase());
        List<SearchHit> hits = new ArrayList<>();
        for (ConversationSummary s : all.items()) {
            if (terms.isEmpty()) {
                hits.add(new SearchHit(s, false, -1, ""));
                continue;
            }
            ConversationLoad loaded = load(s.id());
            SearchHit hit = loaded.found() ? ConversationStore.match(s, loaded.conversation(), terms) : null;
            if (hit != null) {
                hits.add(hit);
            }
        }
        return new ConversationSearch(hits, notices);
    }

    /** The conversation with its messages in order; a streaming reply's parts are joined to its text. */
    public ConversationLoad load(String id) {
        try {
            Conversation c = codec.conversation(store.get(HistoryArea.CONVERSATIONS, id));
            if (c == null) {
                return new ConversationLoad(null, false, I18n.t("store_conversation_gone"));
            }
            c.messages = messages(id);
            return new ConversationLoad(c, false, null);
        } catch (StoreException e) {
            return new ConversationLoad(null, false, e.getMessage());
        }
    }

    /**
     * The conversation with only its newest {@code count} messages (their streamed parts joined), and how many
     * older ones it has: enough to show its end at once, read in time that does not grow with its length.
     */
    public NewestLoad loadNewest(String id, int count) {
        try {
            Conversation c = codec.conversation(store.get(HistoryArea.CONVERSATIONS, id));
            if (c == null) {
                return new NewestLoad(null, 0, I18n.t("store_conversation_gone"));
            }
            NewestRecords newest = store.newest(HistoryArea.MESSAGES, messagePrefix(id), count);
            c.messages = withParts(id, decode(newest.values()), true);
            return new NewestLoad(c, newest.total() - newest.values().size(), null);
        } catch (StoreException e) {
            return new NewestLoad(null, 0, e.getMessage());
        }
    }

    /** One stored message with its streamed parts, or null. */
    public ChatMessage message(String conversationId, String messageId) throws StoreException {
        ChatMessage m = codec.message(store.get(HistoryArea.MESSAGES, messageKey(conversationId, messageId)));
        if (m != null) {
            appendParts(m, store.range(HistoryArea.PARTS, partPrefix(conversationId, messageId)));
        }
        return m;
    }

    private List<ChatMessage> messages(String id) throws StoreException {
        boolean parts = !store.range(HistoryArea.PARTS, messagePrefix(id)).isEmpty();
        return withParts(id, decode(store.range(HistoryArea.MESSAGES, messagePrefix(id))), parts);
    }

    private List<ChatMessage> decode(List<String> records) {
        List<ChatMessage> out = new ArrayList<>(records.size());
        for (String raw : records) {
            ChatMessage m = codec.message(raw);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** Parts are few (only replies that are streaming or were cut off): they are read per message. */
    private List<ChatMessage> withParts(String id, List<ChatMessage> messages, boolean anyParts) throws StoreException {
        if (anyParts) {
            for (ChatMessage m : messages) {
                if (m.status == ChatMessage.Status.STREAMING || m.status == ChatMessage.Status.INCOMPLETE) {
                    appendParts(m, store.range(HistoryArea.PARTS, partPrefix(id, m.id)));
                }
            }
        }
        return messages;
    }

    private void appendParts(ChatMessage m, List<String> parts) {
        if (parts.isEmpty()) {
            return;
        }
        StringBuilder content = new StringBuilder(m.content);
        StringBuilder reasoning = new StringBuilder(m.reasoning == null ? "" : m.reasoning);
        for (String raw : parts) {
            Json p = codec.parse(raw);
            if (p != null) {
                content.append(p.get("c").str(""));
                reasoning.append(p.get("r").str(""));
            }
        }
        m.content = content.toString();
        m.reasoning = reasoning.toString();
    }

    // ---- writing ----

    /** Stores a new message (it gets its id here) and the conversation's new activity time. */
    public PendingWrite append(Conversation c, ChatMessage m) {
        if (m.id == null) {
            m.id = ids.next(clock.nowMillis());
        }
        m.rev = Math.max(1, m.rev + 1);
        boolean streaming = m.status == ChatMessage.Status.STREAMING;
        List<RecordWrite> writes = new ArrayList<>();
        writes.add(messageWrite(c, m, streaming ? "" : m.content, streaming ? "" : m.reasoning));
        writes.add(conversationWrite(c));
        return announce(store.write(writes), new HistoryEvent(HistoryEvent.Kind.MESSAGE_ADDED, c.id, m.id));
    }

    /** Stores a changed message whole (a finished reply): its streamed parts are folded into it. */
    public PendingWrite update(Conversation c, ChatMessage m) {
        m.rev++;
        List<RecordWrite> writes = new ArrayList<>();
        writes.add(messageWrite(c, m, m.content, m.reasoning));
        writes.add(RecordWrite.deletePrefix(HistoryArea.PARTS, partPrefix(c.id, m.id)));
        writes.add(conversationWrite(c));
        return announce(store.write(writes), new HistoryEvent(HistoryEvent.Kind.MESSAGE_UPDATED, c.id, m.id));
    }

    /**
     * Appends streamed text as part {@code part} of a reply, with the reply's status: constant work whatever
     * the length of the conversation or of the reply so far.
     */
    public PendingWrite appendPart(Conversation c, ChatMessage m, int part, String content, String reasoning) {
        return storePart(c, m, part, content, reasoning, false);
    }

    /**
     * {@link #appendPart} for a page that is going away: the reply's record is put without reading it first, so
     * the whole transaction is handed over at once (the answer to a read would come back to a page that is gone).
     * Only the page streaming a reply writes its record meanwhile, so nothing newer is overwritten.
     */
    public PendingWrite appendLastPart(Conversation c, ChatMessage m, int part, String content, String reasoning) {
        return storePart(c, m, part, content, reasoning, true);
    }

    private PendingWrite storePart(Conversation c, ChatMessage m, int part, String content, String reasoning, boolean blind) {
        m.rev++;
        List<RecordWrite> writes = new ArrayList<>();
        if (!content.isEmpty() || !reasoning.isEmpty()) {
            writes.add(RecordWrite.put(HistoryArea.PARTS, partKey(c.id, m.id, part), HistoryCodec.part(content, reasoning)));
        }
        writes.add(blind ? RecordWrite.put(HistoryArea.MESSAGES, messageKey(c.id, m.id), HistoryCodec.message(m, "", ""))
            : messageWrite(c, m, "", ""));
        return announce(store.write(writes), new HistoryEvent(HistoryEvent.Kind.MESSAGE_UPDATED, c.id, m.id));
    }

    public PendingWrite remove(Conversation c, ChatMessage m) {
        List<RecordWrite> writes = new ArrayList<>();
        writes.add(RecordWrite.delete(HistoryArea.MESSAGES, messageKey(c.id, m.id)));
        writes.add(RecordWrite.deletePrefix(HistoryArea.PARTS, partPrefix(c.id, m.id)));
        return announce(store.write(writes), new HistoryEvent(HistoryEvent.Kind.MESSAGE_REMOVED, c.id, m.id));
    }

    /** Stores a changed title, system prompt or model choice (it wins over older choices of other pages). */
    public PendingWrite saveMeta(Conversation c) {
        c.metaAt = clock.nowMillis();
        return announce(store.write(List.of(conversationWrite(c))), new HistoryEvent(HistoryEvent.Kind.CONVERSATION_CHANGED, c.id, null));
    }

    /** Changes the title only; the conversation keeps its place in the list. Null on success, else why not. Blocks. */
    public String rename(String id, String title) {
        ConversationLoad loaded = load(id);
        if (!loaded.found()) {
            return I18n.t("store_rename_gone");
        }
        Conversation c = loaded.conversation();
        String t = title == null ? "" : title.trim();
        c.title = t.isEmpty() ? I18n.t("store_new_chat_title") : t;
        c.metaAt = clock.nowMillis();
        StoreException e = announce(store.write(List.of(conversationRecord(c))),
            new HistoryEvent(HistoryEvent.Kind.CONVERSATION_CHANGED, id, null)).await();
        return e == null ? null : e.getMessage();
    }

    /** Stores a whole conversation whose messages all have ids (migration, import). */
    public PendingWrite saveAll(Conversation c) {
        return store.write(allWrites(c));
    }

    List<RecordWrite> allWrites(Conversation c) {
        List<RecordWrite> writes = new ArrayList<>();
        writes.add(conversationRecord(c));
        for (ChatMessage m : c.messages) {
            writes.add(messageWrite(c, m, m.content, m.reasoning));
        }
        return writes;
    }

    public PendingWrite delete(String conversationId) {
        List<RecordWrite> writes = List.of(RecordWrite.delete(HistoryArea.CONVERSATIONS, conversationId),
            RecordWrite.deletePrefix(HistoryArea.MESSAGES, messagePrefix(conversationId)),
            RecordWrite.deletePrefix(HistoryArea.PARTS, messagePrefix(conversationId)));
        return announce(store.write(writes), new HistoryEvent(HistoryEvent.Kind.CONVERSATION_DELETED, conversationId, null));
    }

    private RecordWrite messageWrite(Conversation c, ChatMessage m, String content, String reasoning) {
        String record = HistoryCodec.message(m, content, reasoning == null ? "" : reasoning);
        return RecordWrite.merge(HistoryArea.MESSAGES, messageKey(c.id, m.id), stored -> codec.newerMessage(stored, record));
    }

    /** The conversation's record with "now" as its latest activity. */
    private RecordWrite conversationWrite(Conversation c) {
        c.updatedAt = Math.max(c.updatedAt, clock.nowMillis());
        return conversationRecord(c);
    }

    private RecordWrite conversationRecord(Conversation c) {
        String record = HistoryCodec.conversation(c);
        return RecordWrite.merge(HistoryArea.CONVERSATIONS, c.id, stored -> codec.mergeConversation(stored, record));
    }

    private PendingWrite announce(PendingWrite w, HistoryEvent event) {
        w.whenDone(error -> {
            if (error == null) {
                events.publish(event);
            }
        });
        return w;
    }
}
