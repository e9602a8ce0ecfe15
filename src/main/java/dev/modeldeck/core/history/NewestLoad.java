package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.Conversation;

/**
 * A conversation read with only its newest messages, so a page can show it before the rest is read.
 *
 * @param conversation the conversation holding its newest messages, or null when it could not be read
 * @param older        how many older messages it has that were not read
 * @param notice       why it could not be read; null when found
 */
public record NewestLoad(Conversation conversation, int older, String notice) {
    public boolean found() { return conversation != null; }
}
