package dev.modeldeck.testsupport;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.store.ConversationStore;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A long conversation in the stored format (questions and markdown replies taking turns), for the
 * e2e tests and benchmarks of long histories. Message n says "message n" so a test can find it.
 */
public final class LongConversation {
    public static final String ID = "c-long";

    private LongConversation() { }

    /** A conversation of {@code count} messages, the oldest created at {@code start}, one a minute. */
    public static Conversation build(int count, String providerId, String modelId, long start) {
        Conversation c = new Conversation(ID, start);
        c.providerId = providerId;
        c.modelId = modelId;
        for (int n = 1; n <= count; n++) {
            ChatMessage m = n % 2 == 1 ? question(n) : reply(n, providerId, modelId);
            m.createdAt = start + n * 60_000L;
            c.messages.add(m);
        }
        c.title = "Long conversation";
        c.updatedAt = start + count * 60_000L;
        return c;
    }

    /** The localStorage entries (conversation + index) that hold it, as the pages store them. */
    public static Map<String, String> storage(Conversation c) {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        if (!new ConversationStore(kv).save(c).ok()) {
            throw new IllegalStateException("could not store the long conversation");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : kv.keys()) {
            out.put(k, kv.get(k));
        }
        return out;
    }

    private static ChatMessage question(int n) {
        return new ChatMessage("user", "Question for message " + n + ": how do I keep a long list fast when it grows to thousands of rows?");
    }

    private static ChatMessage reply(int n, String providerId, String modelId) {
        ChatMessage m = new ChatMessage("assistant", "Answer in message " + n + ". Render only the rows you can **see**, "
            + "plus a margin, and keep the rest as plain data. A few points:\n\n"
            + "- measure each row once it is shown, and estimate the ones you have not seen\n"
            + "- keep the scroll position anchored on a row that stays on screen\n"
            + "- move work that does not change the screen out of the frame\n\n"
            + "```java\nfor (int i = first; i < last; i++) {\n    show(rows.get(i)); // row " + n + "\n}\n```\n\n"
            + "That keeps opening cheap however long the history grows; see the notes for item " + n + ".");
        m.providerId = providerId;
        m.providerName = "Local";
        m.modelId = modelId;
        return m;
    }
}
