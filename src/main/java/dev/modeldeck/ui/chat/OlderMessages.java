package dev.modeldeck.ui.chat;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The open conversation while only its newest messages are read: sends and edits asked for meanwhile wait here,
 * because they need the whole conversation, and run once the older messages are in.
 */
final class OlderMessages {
    private final Consumer<Conversation> read;
    private Conversation partial;
    /** Whether a read for {@link #partial} is under way (false after one failed: the next action starts another). */
    private boolean reading;
    private final List<Runnable> waiting = new ArrayList<>();

    /** {@code read} starts reading a conversation's older messages (it must not block). */
    OlderMessages(Consumer<Conversation> read) { this.read = read; }

    /** Only the newest messages of {@code shown} are in: starts reading the older ones. */
    void reading(Conversation shown) {
        drop();
        partial = shown;
        reading = true;
        read.accept(shown);
    }

    boolean pending() { return partial != null; }

    /** True while they are not read: {@code action} then runs once they are in (after a failed read, reads again). */
    boolean defer(Runnable action) {
        if (partial == null) {
            return false;
        }
        waiting.add(action);
        if (!reading) {
            reading = true;
            read.accept(partial);
        }
        return true;
    }

    /** Forgets the read under way and what waited for it (another conversation is shown). */
    void drop() {
        partial = null;
        reading = false;
        waiting.clear();
    }

    /**
     * The read for {@code shown} failed: what waited is not done (it would have worked on the newest messages
     * only), and the conversation stays partly read. False when another conversation is shown by now.
     */
    boolean failed(Conversation shown) {
        if (partial != shown) {
            return false;
        }
        waiting.clear();
        reading = false;
        return true;
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
