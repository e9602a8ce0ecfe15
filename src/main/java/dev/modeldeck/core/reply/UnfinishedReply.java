package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;

/** A reply that was still streaming when its page went away is kept, marked incomplete with the reason. */
public final class UnfinishedReply {
    private UnfinishedReply() { }

    /** A conversation was opened whose last reply says it is streaming, but no page is running it any more. */
    public static void markPageClosed(Conversation c) {
        mark(c, I18n.t("chat_incomplete_page_closed"));
    }

    /** This page is closing while its reply streams. */
    public static void markWindowClosed(Conversation c) {
        mark(c, I18n.t("chat_incomplete_window_closed"));
    }

    private static void mark(Conversation c, String reason) {
        ChatMessage last = c == null ? null : c.last();
        if (last != null && last.status == ChatMessage.Status.STREAMING) {
            last.status = ChatMessage.Status.INCOMPLETE;
            last.error = reason;
        }
    }
}
