package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.history.LiveReplies;
import java.util.function.Consumer;

/**
 * A reply another page streams into the conversation shown here. That page tells the others about each stored
 * batch, but not about its end when it closes or crashes (its last write lands after it is gone), so this page
 * would show the reply as streaming for good. Instead it waits for the stream's Web Lock to be let go, which
 * happens however the page ends, and then reads the stored reply again.
 */
public final class ElsewhereReply {
    private final LiveReplies live;
    /** The reply waited for, as conversation id and message id; null when none. */
    private String watched;

    public ElsewhereReply(LiveReplies live) { this.live = live; }

    /**
     * Waits for the last reply of {@code c} when it is stored as streaming (once per reply): {@code letGo} gets the
     * conversation's id when no page streams into it any more, unless {@link #stop} or another reply came first.
     */
    public void watch(Conversation c, Consumer<String> letGo) {
        if (!UnfinishedReply.streaming(c)) {
            return;
        }
        String key = c.id + "|" + c.last().id;
        if (key.equals(watched)) {
            return;
        }
        watched = key;
        live.whenFree(c.id, () -> {
            if (key.equals(watched)) {
                watched = null;
                letGo.accept(c.id);
            }
        });
    }

    /** Another conversation is shown, or this page runs the reply itself: what was waited for no longer matters. */
    public void stop() { watched = null; }
}
