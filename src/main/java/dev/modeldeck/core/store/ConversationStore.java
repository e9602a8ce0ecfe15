package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conversations, one key each ({@link StorageKeys#conversation}), plus an index key so listing reads
 * one small value. The conversation key is the truth: the index is repaired from the keys when it is
 * missing rows, lists deleted ones, or cannot be read.
 */
public final class ConversationStore {
    private final KeyValueStore kv;

    public ConversationStore(KeyValueStore kv) { this.kv = kv; }

    /** All conversations, newest first; unreadable unindexed entries are skipped and reported. */
    public ConversationList list() {
        List<String> notices = new ArrayList<>();
        List<ConversationSummary> items = new ArrayList<>(currentIndex(notices).values());
        sortNewestFirst(items);
        return new ConversationList(items, notices);
    }

    public ConversationLoad load(String id) {
        String raw = kv.get(StorageKeys.conversation(id));
        if (raw == null) {
            return new ConversationLoad(null, false, I18n.t("store_conversation_gone"));
        }
        Json json = JsonParser.tryParse(raw);
        if (json == null || !json.isObject()) {
            return new ConversationLoad(null, true, unreadableNotice(id));
        }
        Conversation c = Conversation.fromJson(json);
        c.id = id;
        return new ConversationLoad(c, false, null);
    }

    /**
     * Writes the conversation, then its index row. If either write fails the previous stored version is
     * put back, and the result carries the caller's conversation and what to do.
     */
    public ConversationWrite save(Conversation c) {
        if (c.id == null || c.id.isEmpty()) {
            throw new IllegalArgumentException("A conversation needs an id before it is saved");
        }
        String key = StorageKeys.conversation(c.id);
        String previous = kv.get(key);
        try {
            kv.put(key, JsonWriter.write(c.toJson()));
        } catch (StoreException e) {
            return ConversationWrite.failed(c, saveFailure(c, e), e);
        }
        List<String> ignored = new ArrayList<>();
        Map<String, ConversationSummary> index = currentIndex(ignored);
        index.put(c.id, ConversationSummary.of(c));
        try {
            writeIndex(index);
        } catch (StoreException e) {
            restore(key, previous);
            return ConversationWrite.failed(c, saveFailure(c, e), e);
        }
        return ConversationWrite.ok(c);
    }

    /** Removes the conversation, then its index row (a stale row is hidden by {@link #list()} anyway). */
    public ConversationWrite delete(String id) {
        kv.remove(StorageKeys.conversation(id));
        List<String> ignored = new ArrayList<>();
        Map<String, ConversationSummary> index = currentIndex(ignored);
        index.remove(id);
        try {
            writeIndex(index);
        } catch (StoreException e) {
            // The conversation is gone; listing skips rows without a conversation key.
        }
        return ConversationWrite.ok(null);
    }

    /** Changes the title only; the conversation keeps its place in the list (updatedAt is unchanged). */
    public ConversationWrite rename(String id, String title) {
        ConversationLoad loaded = load(id);
        if (!loaded.found()) {
            return ConversationWrite.failed(null, loaded.corrupt() ? I18n.t("store_rename_unreadable", StorageKeys.conversation(id))
                : I18n.t("store_rename_gone"), null);
        }
        Conversation c = loaded.conversation();
        String t = title == null ? "" : title.trim();
        c.title = t.isEmpty() ? I18n.t("store_new_chat_title") : t;
        return save(c);
    }

    /**
     * Conversations whose title or messages contain every word of the query (case-insensitive),
     * newest first. A blank query returns every conversation. Unreadable conversations are skipped and reported.
     */
    public ConversationSearch search(String query) {
        List<String> notices = new ArrayList<>();
        List<ConversationSummary> all = new ArrayList<>(currentIndex(notices).values());
        sortNewestFirst(all);
        List<String> terms = words(query == null ? "" : query.toLowerCase());
        List<SearchHit> hits = new ArrayList<>();
        for (ConversationSummary s : all) {
            if (terms.isEmpty()) {
                hits.add(new SearchHit(s, false, -1, ""));
                continue;
            }
            ConversationLoad loaded = load(s.id());
            if (!loaded.found()) {
                if (loaded.corrupt()) {
                    notices.add(loaded.notice());
                }
                continue;
            }
            SearchHit hit = match(s, loaded.conversation(), terms);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return new ConversationSearch(hits, notices);
    }

    /** The hit when the title or messages contain every term (lower case), else null. */
    public static SearchHit match(ConversationSummary s, Conversation c, List<String> terms) {
        String title = c.title == null ? "" : c.title.toLowerCase();
        List<String> contents = new ArrayList<>();
        for (ChatMessage m : c.messages) {
            contents.add(m.content == null ? "" : m.content.toLowerCase());
        }
        for (String term : terms) {
            boolean found = title.contains(term);
            for (int i = 0; !found && i < contents.size(); i++) {
                found = contents.get(i).contains(term);
            }
            if (!found) {
                return null;
            }
        }
        int messageIndex = -1;
        int at = -1;
        String matchedTerm = null;
        for (int i = 0; i < contents.size() && messageIndex < 0; i++) {
            for (String term : terms) {
                int pos = contents.get(i).indexOf(term);
                if (pos >= 0) {
                    messageIndex = i;
                    at = pos;
                    matchedTerm = term;
                    break;
                }
            }
        }
        String snippet = messageIndex < 0 ? "" : snippet(c.messages.get(messageIndex).content, at, matchedTerm.length());
        return new SearchHit(s, title.contains(terms.get(0)), messageIndex, snippet);
    }

    static String snippet(String text, int at, int length) {
        int start = Math.max(0, at - 30);
        int end = Math.min(text.length(), at + length + 50);
        StringBuilder sb = new StringBuilder();
        if (start > 0) {
            sb.append('…');
        }
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            sb.append(ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : ch);
        }
        if (end < text.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** The words of a search query. */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean space = i == s.length() || Character.isWhitespace(s.charAt(i));
            if (space && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /**
     * The index as it should be: rows for existing conversation keys only, plus rows for conversations
     * the index misses (read from their keys). Rewrites the stored index when it differed (best effort).
     */
    private Map<String, ConversationSummary> currentIndex(List<String> notices) {
        Set<String> present = new HashSet<>();
        List<String> presentInOrder = new ArrayList<>();
        for (String key : kv.keys()) {
            String id = StorageKeys.conversationId(key);
            if (id != null && present.add(id)) {
                presentInOrder.add(id);
            }
        }
        String raw = kv.get(StorageKeys.CONVERSATION_INDEX);
        Json json = raw == null ? Json.array() : JsonParser.tryParse(raw);
        boolean dirty = false;
        if (json == null || !json.isArray()) {
            notices.add(I18n.t("store_index_rebuilt"));
            json = Json.array();
            dirty = true;
        }
        Map<String, ConversationSummary> index = new LinkedHashMap<>();
        for (Json row : json.items()) {
            ConversationSummary s = ConversationSummary.fromJson(row);
            if (s != null && present.contains(s.id()) && !index.containsKey(s.id())) {
                index.put(s.id(), s);
            } else {
                dirty = true;
            }
        }
        for (String id : presentInOrder) {
            if (index.containsKey(id)) {
                continue;
            }
            ConversationLoad loaded = load(id);
            if (loaded.found()) {
                index.put(id, ConversationSummary.of(loaded.conversation()));
                dirty = true;
            } else if (loaded.corrupt()) {
                notices.add(loaded.notice());
            }
        }
        if (dirty) {
            try {
                writeIndex(index);
            } catch (StoreException e) {
                // The repaired index is rebuilt again next time; nothing is lost by not storing it now.
            }
        }
        return index;
    }

    private void writeIndex(Map<String, ConversationSummary> index) throws StoreException {
        JsonArray arr = Json.array();
        for (ConversationSummary s : index.values()) {
            arr.add(s.toJson());
        }
        kv.put(StorageKeys.CONVERSATION_INDEX, JsonWriter.write(arr));
    }

    private void restore(String key, String previous) {
        if (previous == null) {
            kv.remove(key);
            return;
        }
        try {
            kv.put(key, previous);
        } catch (StoreException e) {
            // Cannot happen in practice: the previous value fitted before and nothing else grew.
        }
    }

    private static void sortNewestFirst(List<ConversationSummary> items) {
        items.sort((a, b) -> Long.compare(b.updatedAt(), a.updatedAt()));
    }

    private static String saveFailure(Conversation c, StoreException e) {
        String title = c.title == null ? I18n.t("store_new_chat_title") : c.title;
        return e.quotaExceeded() ? I18n.t("store_conversation_not_saved_full", title)
            : I18n.t("store_conversation_not_saved", title);
    }

    private static String unreadableNotice(String id) {
        return I18n.t("store_conversation_unreadable", StorageKeys.conversation(id));
    }

}
