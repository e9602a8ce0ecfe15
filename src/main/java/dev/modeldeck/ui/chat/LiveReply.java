package dev.modeldeck.ui.chat;

import dev.modeldeck.core.reply.ReplyListener;

/**
 * A reply as it streams: each delta extends its view in constant time and keeps the log scrolled.
 *
 * @param save saves the reply's conversation (the router calls it at most once a second)
 * @param keysLocked offers to unlock the key vault
 */
record LiveReply(MessageView view, ChatLog log, Runnable save, Runnable keysLocked) implements ReplyListener {
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
