package dev.modeldeck.core.store;

import dev.modeldeck.core.chat.Conversation;

/**
 * Outcome of saving, renaming or deleting a conversation. On failure the stored version is unchanged
 * and {@link #conversation()} still holds the caller's in-memory conversation, so nothing is lost.
 *
 * @param conversation the conversation written, or the one that could not be written (null for delete)
 * @param message user-facing: what failed and what to do; null on success
 * @param error the storage error behind a failure, or null
 */
public record ConversationWrite(boolean ok, Conversation conversation, String message, StoreException error) {
    static ConversationWrite ok(Conversation c) { return new ConversationWrite(true, c, null, null); }

    static ConversationWrite failed(Conversation c, String message, StoreException error) {
        return new ConversationWrite(false, c, message, error);
    }

    public boolean quotaExceeded() { return error != null && error.quotaExceeded(); }
}
