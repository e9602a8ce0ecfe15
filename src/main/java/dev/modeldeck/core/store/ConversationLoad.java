package dev.modeldeck.core.store;

import dev.modeldeck.core.chat.Conversation;

/**
 * Outcome of reading one conversation: found, absent, or present but unreadable (left in place and reported).
 *
 * @param conversation the conversation, or null when absent or unreadable
 * @param notice user-facing explanation when not found or unreadable; null when found
 */
public record ConversationLoad(Conversation conversation, boolean corrupt, String notice) {
    public boolean found() { return conversation != null; }
}
