package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.ConversationLoad;
import dev.modeldeck.core.store.ConversationStore;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves conversations from localStorage (one key each, the earlier format) into the history records, one
 * conversation at a time: copy, read the copy back and compare, and only then remove the old key. Every step
 * may be cut short by a crash; running again from the start finishes the job without duplicates, because the
 * copy's ids come from the old data and a record already stored is never replaced by the same revision.
 * Unreadable old conversations stay where they are and are reported.
 */
public final class ConversationMigration {
    /** Writer tag of migrated message ids. */
    static final String WRITER = "m";

    private final KeyValueStore kv;
    private final History history;

    public ConversationMigration(KeyValueStore kv, History history) {
        this.kv = kv;
        this.history = history;
    }

    /** Whether there is anything to move (cheap: only looks at key names). */
    public static boolean needed(KeyValueStore kv) {
        for (String key : kv.keys()) {
            if (StorageKeys.isConversation(key) || StorageKeys.CONVERSATION_INDEX.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Moves what it can; returns notices for the user about what stayed behind (empty when all moved). */
    public List<String> run() {
        List<String> notices = new ArrayList<>();
        ConversationStore old = new ConversationStore(kv);
        boolean left = false;
        for (String key : kv.keys()) {
            String id = StorageKeys.conversationId(key);
            if (id == null) {
                continue;
            }
            ConversationLoad loaded = old.load(id);
            if (!loaded.found()) {
                left |= loaded.corrupt();
                if (loaded.corrupt()) {
                    notices.add(loaded.notice());
                }
                continue;
            }
            Conversation source = withIds(loaded.conversation());
            StoreException error = history.saveAll(source).await();
            if (error == null && verified(source)) {
                kv.remove(key);
            } else {
                left = true;
                notices.add(I18n.t("history_migration_kept", source.title));
            }
        }
        if (!left) {
            kv.remove(StorageKeys.CONVERSATION_INDEX);
        }
        return notices;
    }

    /** Ids from the old position and time of each message, so a second run produces the same records. */
    static Conversation withIds(Conversation c) {
        long time = c.createdAt;
        for (int i = 0; i < c.messages.size(); i++) {
            ChatMessage m = c.messages.get(i);
            time = Math.max(time, m.createdAt);
            m.id = MessageIds.id(time, i, WRITER);
            m.rev = 1;
            if (m.status == ChatMessage.Status.STREAMING) {
                m.status = ChatMessage.Status.INCOMPLETE;
                m.error = I18n.t("chat_incomplete_page_closed");
            }
        }
        return c;
    }

    private boolean verified(Conversation source) {
        ConversationLoad copy = history.load(source.id);
        if (!copy.found()) {
            return false;
        }
        List<ChatMessage> stored = copy.conversation().messages;
        for (ChatMessage m : source.messages) {
            ChatMessage s = find(stored, m.id);
            if (s == null || s.rev == m.rev && !(s.content.equals(m.content) && s.role.equals(m.role))) {
                return false;
            }
        }
        return true;
    }

    private static ChatMessage find(List<ChatMessage> messages, String id) {
        for (ChatMessage m : messages) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
