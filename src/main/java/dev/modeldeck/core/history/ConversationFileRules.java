package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.chat.ConversationTitles;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.i18n.Units;

/**
 * What a conversation file may hold. A file can come from anywhere, so it is checked before anything is stored:
 * sizes are bounded (a page parsing a gigabyte freezes), only the two roles a chat sends are accepted (a "tool"
 * or "system" turn would make every later request in that conversation fail), and times and counts that no
 * real conversation has are dropped instead of shown.
 */
public final class ConversationFileRules {
    /** Far above a year of heavy use exported at once (a 1,000-message conversation is about 0.4 MB). */
    public static final long MAX_FILE_CHARS = 100L * 1_048_576;
    static final int MAX_CONVERSATIONS = 10_000;
    static final int MAX_MESSAGES = 100_000;
    /** Clock differences between machines: a time up to a day ahead of this one is still believed. */
    private static final long CLOCK_SKEW_MS = 86_400_000L;

    private ConversationFileRules() { }

    /** Why a file of this size is not read at all, or null. */
    public static String sizeRefusal(long size) {
        return size <= MAX_FILE_CHARS ? null
            : I18n.t("history_import_too_large", Units.megabytes(size), Units.megabytes(MAX_FILE_CHARS));
    }

    static String tooManyConversations(int count) {
        return count <= MAX_CONVERSATIONS ? null
            : I18n.t("history_import_too_many_conversations", count(count), count(MAX_CONVERSATIONS));
    }

    /** Why conversation {@code number} (1-based, in file order) cannot be imported, or null. */
    static String refusal(Json conversation, int number) {
        int count = 0;
        for (Json m : conversation.get("messages").items()) {
            count++;
            if (count > MAX_MESSAGES) {
                return I18n.t("history_import_too_many_messages", count(number), count(MAX_MESSAGES));
            }
            String role = m.isObject() ? m.get("role").str("user") : "user";
            if (!"user".equals(role) && !"assistant".equals(role)) {
                return I18n.t("history_import_bad_role", count(number), count(count), clip(role));
            }
        }
        return null;
    }

    /** Puts what the file said into the bounds of a real conversation: one-line title, believable times. */
    static void tidy(Conversation c, long now) {
        c.title = ConversationTitles.imported(c.title);
        c.createdAt = believable(c.createdAt, now) ? c.createdAt : now;
        c.updatedAt = believable(c.updatedAt, now) && c.updatedAt >= c.createdAt ? c.updatedAt : now;
        for (ChatMessage m : c.messages) {
            m.createdAt = believable(m.createdAt, now) ? m.createdAt : 0;
        }
    }

    private static boolean believable(long time, long now) {
        return time > 0 && time <= now + CLOCK_SKEW_MS;
    }

    private static String count(int n) { return I18n.format().integer(n); }

    /** A role from the file, short enough to quote in a message. */
    private static String clip(String role) {
        return role.length() <= 40 ? role : role.substring(0, 39) + "\u2026";
    }
}
