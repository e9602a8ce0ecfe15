package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;
import java.util.List;

/** The words the chat shows about a reply: the context estimate, who was skipped, how it ended. */
public final class ReplyNotes {
    private ReplyNotes() { }

    /** "≈1,234 tokens of 8k context · 2 older messages left out to fit". */
    public static String contextEstimate(ContextFitter.Fit fit) {
        String estimate = I18n.format().integer(fit.estimatedTokens());
        String text = fit.contextKnown()
            ? I18n.t("chat_context_estimate", estimate, Units.tokens(fit.contextLength()))
            : I18n.t("chat_context_estimate_unknown", estimate);
        return fit.droppedMessages() > 0 ? text + " · " + I18n.plural("chat_context_dropped", fit.droppedMessages()) : text;
    }

    /** The failover planner's notes ("skipped Backup / gpt-4o: …") one after another, or null when there are none. */
    public static String route(List<String> notes) {
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /**
     * The notes kept with a reply: who was skipped, and — when the model's window is unknown and older
     * messages were left out of what was sent — that only the newest part went; null when there is nothing to say.
     */
    public static String reply(List<String> routeNotes, ContextFitter.Fit sent) {
        String route = route(routeNotes);
        if (sent == null || sent.contextKnown() || sent.droppedMessages() == 0) {
            return route;
        }
        String bounded = I18n.t("chat_context_unknown_bounded", Units.tokens(ContextFitter.UNKNOWN_WINDOW_BUDGET))
            + " · " + I18n.plural("chat_context_dropped", sent.droppedMessages());
        return route == null ? bounded : route + "; " + bounded;
    }

    /** What is announced when a reply ends; for {@link ChatMessage.Status#ERROR} it is an error, not a status. */
    public static String ended(ChatMessage reply) {
        if (reply.status == ChatMessage.Status.ERROR) {
            return I18n.t("chat_reply_failed", reply.providerName, reply.error);
        }
        return reply.status == ChatMessage.Status.STOPPED ? I18n.t("chat_reply_stopped") : I18n.t("chat_reply_complete");
    }
}
