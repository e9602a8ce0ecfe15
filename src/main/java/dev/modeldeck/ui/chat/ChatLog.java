package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.browser.Frames;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.El;
import java.util.ArrayList;
import java.util.List;

/** The `Conversation` log: one view per message, a hint while it is empty, and scrolling that follows new text. */
final class ChatLog {
    private final El root = El.div("log").role("log").label(I18n.t("chat_log_label")).attr("aria-live", "polite");
    private final List<MessageView> views = new ArrayList<>();
    private final Browser browser;
    private El emptyState;
    private boolean scrollQueued;

    ChatLog(Browser browser) {
        this.browser = browser;
    }

    El element() { return root; }

    /** Replaces the log with these messages. */
    void show(List<ChatMessage> messages) {
        root.clear();
        views.clear();
        for (ChatMessage m : messages) {
            add(m);
        }
    }

    MessageView add(ChatMessage m) {
        MessageView v = new MessageView(m, browser);
        views.add(v);
        root.add(v.element());
        return v;
    }

    void dropLast() {
        views.remove(views.size() - 1).element().remove();
    }

    /**
     * Offers regenerate/retry under the last reply and edit under the last question; nothing while a
     * reply runs. The question before a reply stays editable only when no reply is running.
     */
    void refreshActions(MessageView.Actions actions, boolean running) {
        for (int i = 0; i < views.size(); i++) {
            MessageView v = views.get(i);
            boolean isLast = i == views.size() - 1;
            boolean lastUser = !v.message().isAssistant() && (isLast || i == views.size() - 2 && !running);
            if (v.message().status != ChatMessage.Status.STREAMING) {
                v.showActions(running ? null : actions, v.message().isAssistant() ? isLast : lastUser);
            }
        }
    }

    /** An empty conversation says what to do next: add a provider, wait for models, or type. */
    void updateEmptyState(Conversation conversation, Settings settings, ModelCatalog catalog) {
        if (emptyState != null) {
            emptyState.remove();
            emptyState = null;
        }
        if (conversation == null || !conversation.messages.isEmpty()) {
            return;
        }
        emptyState = El.div("empty-state");
        if (settings.providers.isEmpty()) {
            El open = El.button(I18n.t("chat_open_settings")).cls("primary");
            open.onClick(browser::openOptionsPage);
            emptyState.add(El.tag("p").text(I18n.t("chat_empty_no_providers")), open);
        } else if (catalog != null && catalog.chatModels().isEmpty()) {
            emptyState.add(El.tag("p").text(I18n.t("chat_empty_no_models")));
        } else {
            emptyState.add(El.tag("p").text(I18n.t("chat_empty_ready")));
        }
        root.add(emptyState);
    }

    void busy(boolean busy) { root.busy(busy); }

    void scrollToBottom() { Frames.scrollToBottom(root.node()); }

    /** Follows new text once per frame, and only when the reader was already at the bottom. */
    void scheduleScroll() {
        if (scrollQueued) {
            return;
        }
        scrollQueued = true;
        boolean follow = Frames.nearBottom(root.node());
        Frames.next(() -> {
            scrollQueued = false;
            if (follow) {
                Frames.scrollToBottom(root.node());
            }
        });
    }
}
