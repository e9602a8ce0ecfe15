package dev.modeldeck.core.store;

import dev.modeldeck.core.chat.Conversation;

/** Outcome of reading one conversation: found, absent, or present but unreadable (left in place and reported). */
public final class ConversationLoad {
    private final Conversation conversation;
    private final boolean corrupt;
    private final String notice;

    ConversationLoad(Conversation conversation, boolean corrupt, String notice) {
        this.conversation = conversation;
        this.corrupt = corrupt;
        this.notice = notice;
    }

    /** The conversation, or null when absent or unreadable. */
    public Conversation conversation() { return conversation; }
    public boolean found() { return conversation != null; }
    public boolean corrupt() { return corrupt; }
    /** User-facing explanation when not found or unreadable; null when found. */
    public String notice() { return notice; }
}
