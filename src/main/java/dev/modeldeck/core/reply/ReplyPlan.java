package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.discovery.ModelIdDisplay;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.FailoverEntry;
import java.util.Collections;
import java.util.List;

/**
 * A reply about to be asked for: its targets in order, how the conversation fits the first one,
 * and the streaming message it will fill — or why it cannot be sent at all.
 */
public final class ReplyPlan {
    private final ReplyTargets targets;
    private final Conversation conversation;
    private final List<FailoverEntry> entries;
    private final ContextFitter.Fit firstFit;
    private final ChatMessage reply;
    private final String refusal;

    private ReplyPlan(ReplyTargets targets, Conversation conversation, List<FailoverEntry> entries,
                      ContextFitter.Fit firstFit, ChatMessage reply, String refusal) {
        this.targets = targets;
        this.conversation = conversation;
        this.entries = entries;
        this.firstFit = firstFit;
        this.reply = reply;
        this.refusal = refusal;
    }

    /**
     * Plans a reply to the picked model or chain. When it can be sent, the streaming reply is added
     * to the conversation, labelled with the first target. A single model too small for the newest
     * message is refused rather than tried; a chain instead moves on to a model whose window fits.
     */
    public static ReplyPlan prepare(ReplyTargets targets, Conversation c, String pickedProviderId, String pickedModelId, long now) {
        List<FailoverEntry> entries = targets.forPick(pickedProviderId, pickedModelId);
        if (entries.isEmpty()) {
            return new ReplyPlan(targets, c, entries, null, null, I18n.t("chat_provider_missing"));
        }
        FailoverEntry first = entries.get(0);
        ContextFitter.Fit fit = targets.fit(c, first);
        if (entries.size() == 1 && !fit.fits()) {
            return new ReplyPlan(targets, c, entries, fit, null, I18n.t("chat_message_too_long",
                ModelIdDisplay.shorten(first.modelId()), I18n.format().integer(fit.contextLength())));
        }
        ChatMessage reply = new ChatMessage("assistant", "");
        reply.status = ChatMessage.Status.STREAMING;
        reply.createdAt = now;
        targets.describe(reply, first);
        c.messages.add(reply);
        return new ReplyPlan(targets, c, entries, fit, reply, null);
    }

    /** Why nothing will be sent (shown as an alert), or null when the reply is under way. */
    public String refusal() { return refusal; }

    /** How the conversation fits the first target; null when there is no target. */
    public ContextFitter.Fit firstFit() { return firstFit; }

    /** The assistant message being filled; null when refused. */
    public ChatMessage reply() { return reply; }

    public Conversation conversation() { return conversation; }

    List<FailoverEntry> entries() { return Collections.unmodifiableList(entries); }

    ReplyTargets targets() { return targets; }
}
