package dev.modeldeck.ui.chat;

import dev.modeldeck.core.history.ReplyJournal;
import dev.modeldeck.core.reply.ReplyListener;

/**
 * A reply as it streams: each delta extends its view in constant time, keeps the log scrolled and is
 * handed to the journal, which stores it with the next batch.
 *
 * @param journal stores the reply in batches (the router asks for one at most every 500 ms)
 * @param keysLocked offers to unlock the key vault
 */
record LiveReply(MessageView view, ChatLog log, ReplyJournal journal, Runnable keysLocked) implements ReplyListener {
    @Override public void onContent(String delta) {
        view.appendContent(delta);
        journal.content(delta);
        log.scheduleScroll();
    }

    @Override public void onReasoning(String delta) {
        view.appendReasoning(delta);
        journal.reasoning(delta);
        log.scheduleScroll();
    }

    @Override public void onCheckpoint() { journal.flush(); }

    @Override public void onKeysLocked() { keysLocked.run(); }
}
