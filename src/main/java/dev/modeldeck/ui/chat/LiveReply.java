package dev.modeldeck.ui.chat;

import dev.modeldeck.core.reply.ReplyListener;

/** A reply as it streams: each delta extends its view in constant time and keeps the log scrolled. */
final class LiveReply implements ReplyListener {
    private final MessageView view;
    private final ChatLog log;
    private final Runnable save;
    private final Runnable keysLocked;

    /**
     * @param save saves the reply's conversation (the router calls it at most once a second)
     * @param keysLocked offers to unlock the key vault
     */
    LiveReply(MessageView view, ChatLog log, Runnable save, Runnable keysLocked) {
        this.view = view;
        this.log = log;
        this.save = save;
        this.keysLocked = keysLocked;
    }

    @Override public void onContent(String delta) {
        view.appendContent(delta);
        log.scheduleScroll();
    }

    @Override public void onReasoning(String delta) {
        view.appendReasoning(delta);
        log.scheduleScroll();
    }

    @Override public void onCheckpoint() { save.run(); }

    @Override public void onKeysLocked() { keysLocked.run(); }
}
