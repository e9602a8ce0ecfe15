package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.chat.TranscriptDiff;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.El;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The `Conversation` log: one view per message, a hint while it is empty, and scrolling that follows new
 * text. Only the messages near the viewport are in the DOM ({@link LogWindow}); each says its place in the
 * whole conversation (aria-posinset / aria-setsize). Changes are incremental: add, update or remove one
 * message, or {@link #sync} with a newer copy of the conversation, never a rebuild of the whole history.
 */
final class ChatLog implements LogWindow.Views {
    private final El root = El.div("log").role("log").label(I18n.t("chat_log_label")).attr("aria-live", "polite")
        .attr("tabindex", "0"); // reachable by keyboard, so its Home/End and arrow keys scroll it
    private final List<ChatMessage> messages = new ArrayList<>();
    /** Views of the messages, null where none is built (outside the window). */
    private final List<MessageView> views = new ArrayList<>();
    private final LogWindow window = new LogWindow(root.node(), this);
    private final Browser browser;
    private El emptyState;
    private MessageView.Actions actions;
    private boolean running;
    /** How many messages there were when actions were last placed (they sit on the last two). */
    private int actionsPlacedAt;
    /** Older messages of the conversation not read yet: they count in each view's place in the whole. */
    private int unread;

    ChatLog(Browser browser) {
        this.browser = browser;
    }

    El element() { return root; }

    /**
     * Replaces the log with these messages, the newest of the conversation when {@code older} more come before
     * them ({@link #prepend} adds those); views are built as they scroll into the window.
     */
    void show(List<ChatMessage> messages, int older) {
        root.clear();
        this.messages.clear();
        views.clear();
        window.reset();
        unread = older;
        for (ChatMessage m : messages) {
            append(m);
        }
    }

    /** Adds a message at the end and answers its view (built at once: a reply streams into it). */
    MessageView add(ChatMessage m) {
        append(m);
        return view(messages.size() - 1);
    }

    /** Adds a message at the end; its view is built when it scrolls into the window. */
    void append(ChatMessage m) {
        messages.add(m);
        views.add(null);
        window.added(m.content.length());
        renumber();
    }

    /** The message at {@code index} has a newer copy: a streaming view renders only the new text, any other is rebuilt. */
    void update(int index, ChatMessage m) {
        messages.set(index, m);
        window.changed(index, m.content.length());
        MessageView old = views.get(index);
        if (old == null || old.follow(m, running ? null : actions, index == messages.size() - 1)) {
            return;
        }
        views.set(index, null);
        window.rebuilt(index, old, view(index));
    }

    /** Puts the conversation's older messages, read after the newest were shown, before them. */
    void prepend(List<ChatMessage> older) {
        int[] lengths = new int[older.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = older.get(i).content.length();
        }
        messages.addAll(0, older);
        views.addAll(0, Collections.nCopies(older.size(), null));
        unread = Math.max(0, unread - older.size());
        actionsPlacedAt += older.size();
        window.prepended(lengths);
        renumber();
    }

    /** Keeps the first {@code size} messages. */
    void truncate(int size) {
        window.truncated(size);
        while (messages.size() > size) {
            messages.remove(messages.size() - 1);
            MessageView v = views.remove(views.size() - 1);
            if (v != null) {
                v.element().remove();
            }
        }
        renumber();
    }

    /** The shown views learn the new message count. */
    private void renumber() {
        for (int i = window.first(); i < window.end(); i++) {
            views.get(i).position(unread + i, unread + messages.size());
        }
    }

    void dropLast() {
        truncate(messages.size() - 1);
    }

    /** Catches up with a newer copy of the conversation (saved by another page): only what changed is touched. */
    void sync(List<ChatMessage> newer) {
        TranscriptDiff diff = TranscriptDiff.between(messages, newer);
        if (diff.none(messages.size(), newer.size())) {
            return;
        }
        if (diff.updated() >= 0) {
            update(diff.updated(), newer.get(diff.updated()));
        }
        truncate(diff.removeFrom());
        for (int i = diff.removeFrom(); i < newer.size(); i++) {
            append(newer.get(i));
        }
    }

    /**
     * Offers regenerate/retry under the last reply and edit under the last question; nothing while a
     * reply runs. The question before a reply stays editable only when no reply is running.
     * Only the views that can carry these actions are touched.
     */
    void refreshActions(MessageView.Actions actions, boolean running) {
        this.actions = actions;
        this.running = running;
        int from = Math.max(0, Math.min(actionsPlacedAt, messages.size()) - 2);
        for (int i = from; i < views.size(); i++) {
            if (views.get(i) != null) {
                placeActions(i, views.get(i));
            }
        }
        actionsPlacedAt = messages.size();
    }

    private void placeActions(int i, MessageView v) {
        int n = messages.size();
        boolean isLast = i == n - 1;
        boolean lastUser = !v.message().isAssistant() && (isLast || i == n - 2 && !running);
        if (v.message().status != ChatMessage.Status.STREAMING) {
            v.showActions(running ? null : actions, v.message().isAssistant() ? isLast : lastUser);
        }
    }

    // ---- LogWindow.Views ----

    @Override
    public MessageView view(int index) {
        MessageView v = views.get(index);
        if (v == null) {
            v = new MessageView(messages.get(index), browser);
            views.set(index, v);
            placeActions(index, v);
        }
        return v;
    }

    @Override
    public void dropped(int index) {
        MessageView v = views.get(index);
        if (v != null && !v.isStreaming()) {
            views.set(index, null); // a streaming view is kept: its reply goes on arriving
        }
    }

    @Override
    public void attached(int index, MessageView view) {
        view.position(unread + index, unread + messages.size());
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

    /** Shows the newest message and follows new text from now on. */
    void scrollToBottom() { window.toBottom(); }

    /** Like {@link #scrollToBottom} in the next frame, with the layout it needs (while sending, each task counts). */
    void scrollToBottomNextFrame() { window.toBottomNextFrame(); }

    /** Follows new text once per frame, and only when the reader was already at the bottom. */
    void scheduleScroll() { window.schedule(); }
}
