package dev.modeldeck.core.store;

import dev.modeldeck.core.chat.Conversation;

/**
 * Outcome of saving, renaming or deleting a conversation. On failure the stored version is unchanged
 * and {@link #conversation()} still holds the caller's in-memory conversation, so nothing is lost.
 */
public final class ConversationWrite {
    private final boolean ok;
    private final Conversation conversation;
    private final String message;
    private final StoreException error;

    private ConversationWrite(boolean ok, Conversation conversation, String message, StoreException error) {
        this.ok = ok;
        this.conversation = conversation;
        this.message = message;
        this.error = error;
    }

    static ConversationWrite ok(Conversation c) { return new ConversationWrite(true, c, null, null); }

    static ConversationWrite failed(Conversation c, String message, StoreException error) {
        return new ConversationWrite(false, c, message, error);
    }

    public boolean ok() { return ok; }
    /** The conversation written, or the one that could not be written (null for delete). */
    public Conversation conversation() { return conversation; }
    /** User-facing: what failed and what to do; null on success. */
    public String message() { return message; }
    /** The storage error behind a failure, or null. */
    public StoreException error() { return error; }
    public boolean quotaExceeded() { return error != null && error.quotaExceeded(); }
}
