package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import java.util.Set;

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

    /**
     * A page that runs no reply opened {@code c}. A reply stored as streaming is either still streaming in another
     * page ({@code live} holds the conversation: left as it is) or lost its page without a goodbye: a page that
     * closes stores its own cause, so only a crash or a forced quit leaves it streaming. {@code live} null: the
     * browser cannot tell the two apart, so the cause stays general.
     */
    public static void markOpened(Conversation c, Set<String> live) {
        if (live == null) {
            markPageClosed(c);
        } else if (c != null && !live.contains(c.id)) {
            mark(c, I18n.t("chat_incomplete_browser_stopped"));
        }
    }

    /** Whether the last reply is stored as streaming (only then does the caller need to ask who is streaming). */
    public static boolean streaming(Conversation c) {
        ChatMessage last = c == null ? null : c.last();
        return last != null && last.status == ChatMessage.Status.STREAMING;
    }

    /** Whether a stored cause says the page or the browser went away (not the connection): it reads on its own. */
    public static boolean isPageCause(String error) {
        return I18n.t("chat_incomplete_browser_stopped").equals(error) || I18n.t("chat_incomplete_page_closed").equals(error)
            || I18n.t("chat_incomplete_window_closed").equals(error);
    }

    private static void mark(Conversation c, String reason) {
        ChatMessage last = c == null ? null : c.last();
        if (last != null && last.status == ChatMessage.Status.STREAMING) {
            last.status = ChatMessage.Status.INCOMPLETE;
            last.error = reason;
        }
    }
}
