package dev.modeldeck.e2e;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.store.ConversationStore;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Four conversations of different ages in the old storage format (the chat page moves them into IndexedDB as it
 * opens, keeping their last activity): 400, 200 and 120 days old, and 2 days.
 */
final class OldConversationsSeed {
    static final long DAY = 86_400_000L;
    static final List<String> TITLES = List.of("Ancient trip", "Old recipe", "Old but open", "Fresh notes");

    private OldConversationsSeed() { }

    static Map<String, String> four() {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        ConversationStore store = new ConversationStore(kv);
        long now = System.currentTimeMillis();
        store.save(conversation("c-ancient", "Ancient trip", now - 400 * DAY));
        store.save(conversation("c-recipe", "Old recipe", now - 120 * DAY));
        store.save(conversation("c-open", "Old but open", now - 200 * DAY));
        store.save(conversation("c-fresh", "Fresh notes", now - 2 * DAY));
        Map<String, String> out = new HashMap<>();
        for (String k : kv.keys()) {
            out.put(k, kv.get(k));
        }
        return out;
    }

    private static Conversation conversation(String id, String title, long at) {
        Conversation c = new Conversation(id, at);
        c.ask("Question about " + title, at);
        c.title = title;
        ChatMessage reply = new ChatMessage("assistant", "Answer about " + title + ": " + "a fairly long answer. ".repeat(300));
        reply.createdAt = at;
        c.messages.add(reply);
        c.updatedAt = at;
        return c;
    }
}
