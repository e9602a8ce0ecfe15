package dev.modeldeck.ui.chat;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import java.util.ArrayList;
import java.util.List;

/**
 * The open conversation while only its newest messages are read: sends and edits asked for meanwhile wait here,
 * because they need the whole conversation, and run once the older messages are in.
 */
final class OlderMessages {
    private Conversation partial;
    private final List<Runnable> waiting = new ArrayList<>();

    /** The older messages of {@code shown} are being read. */
    void reading(Conversation shown) {
        drop();
        partial = shown;
    }

    boolean pending() { return partial != null; }

    /** True while they are read: {@code action} then runs once they are in. */
    boolean defer(Runnable action) {
        if (partial == null) {
            return false;
        }
        waiting.add(action);
        return true;
    }

    /** Forgets the read under way and what waited for it (another conversation is shown). */
    void drop() {
        partial = null;
        waiting.clear();
    }

    /** The read for {@code shown} ended: what waited for it, or null when another conversation was shown meanwhile. */
    List<Runnable> finished(Conversation shown) {
        if (partial != shown) {
            return null;
        }
        List<Runnable> out = new ArrayList<>(waiting);
        drop();
        return out;
    }

    /** The stored messages before the first one shown, or null when that one is no longer stored. */
    static List<ChatMessage> before(List<ChatMessage> stored, List<ChatMessage> shown) {
        String firstShown = shown.isEmpty() ? null : shown.get(0).id;
        for (int i = 0; firstShown != null && i < stored.size(); i++) {
            if (firstShown.equals(stored.get(i).id)) {
                return new ArrayList<>(stored.subList(0, i));
            }
        }
        return null;
    }
}
