package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.NativeJson;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.discovery.ModelIdDisplay;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.reply.ElsewhereReply;
import dev.modeldeck.core.reply.ReplyNotes;
import dev.modeldeck.core.reply.ReplyPlan;
import dev.modeldeck.core.reply.ReplyRouter;
import dev.modeldeck.core.reply.ReplyTargets;
import dev.modeldeck.core.reply.UnfinishedReply;
import dev.modeldeck.browser.PageVisibility;
import dev.modeldeck.browser.IdleTime;
import dev.modeldeck.browser.StorageSpace;
import dev.modeldeck.browser.Timers;
import dev.modeldeck.core.history.ConversationMigration;
import dev.modeldeck.core.history.HistoryEvent;
import dev.modeldeck.core.history.NewestLoad;
import dev.modeldeck.core.history.OldConversations;
import dev.modeldeck.core.history.PendingWrite;
import dev.modeldeck.core.history.ReplyJournal;
import dev.modeldeck.core.history.StorageBudget;
import dev.modeldeck.core.store.ConversationLoad;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.LoadResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.PageShell;
import dev.modeldeck.ui.shared.ShortcutsHelp;
import dev.modeldeck.ui.shared.ThemeSwitch;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * Entry point and controller of popup.html and sidepanel.html: the same chat in two sizes, sharing
 * conversations through storage. Core plans and routes each reply (context fitting, failover,
 * streaming); this page shows it token by token and stores it in batches as it arrives (IndexedDB), so a
 * closed page or a killed browser keeps what arrived. Other pages' changes arrive as history events.
 */
public final class ChatPage implements ModelPicker.Listener, ConversationDrawer.Listener, MessageView.Actions {
    /** Messages read before a conversation is shown: more than a tall side panel shows with a screen above. */
    private static final int FIRST_READ = 48;
    private final AppContext ctx;
    private final boolean popup;
    private final ModelPicker picker = new ModelPicker(this);
    private final ConversationDrawer drawer;
    private final ModelSource models;
    private final ReplyRouter router;
    private final ChatLog log;
    private final Composer composer = new Composer(this::sendFromComposer, this::stopReply);
    private final El contextInfo = El.div("context-info").attr("aria-live", "polite");
    private UnlockBar unlockBar;
    private Settings settings;
    private Conversation conversation;
    private Cancellation running;
    /** Stores the streaming reply batch by batch; null when no reply runs. */
    private ReplyJournal journal;
    /** A finished reply that could not be stored (storage full): stored again before anything new is sent. */
    private ReplyJournal unstored;
    /** Lets go of {@link #unstored}'s stream lock: other pages see it as streaming here until it is stored. */
    private Runnable unstoredHold = () -> { };
    /** A reply another page streams into the open conversation, waited for until that page lets go of it. */
    private ElsewhereReply elsewhere;
    /**
     * Another page changed the open conversation while a reply ran here (or its older messages were being
     * read): reload it when the reply ends (or they are read).
     */
    private boolean changedElsewhere;
    /** Whether the open conversation's older messages are still being read, and what waits for them. */
    private final OlderMessages olderMessages = new OlderMessages(shown -> Async.run(() -> readOlder(shown)));

    private ChatPage() {
        popup = "popup".equals(PageShell.mode());
        ctx = new AppContext(popup ? "popup" : "sidepanel");
        log = new ChatLog(ctx.browser);
        drawer = new ConversationDrawer(ctx.history, new OldConversations(ctx.history, ctx.liveReplies), ctx.clock, this);
        models = new ModelSource(ctx, picker, () -> settings, contextInfo::text, this::updateEmptyState);
        router = new ReplyRouter(new ChatNetwork(ctx), ctx.clock, NativeJson::parse);
        elsewhere = new ElsewhereReply(ctx.liveReplies);
    }

    public static void main(String[] args) {
        PageShell.localize("page_title_chat");
        new ChatPage().start();
    }

    private void start() {
        El app = PageShell.root();
        LoadResult loaded = ctx.settings.load();
        settings = loaded.settings();
        ThemeSwitch.follow(ctx, settings.theme);
        if (loaded.status() == LoadResult.Status.RECOVERED_FROM_CORRUPT || loaded.readOnly()) {
            Alerts.error(String.join(" ", loaded.notices()).trim());
        }
        if (ctx.historyProblem != null) {
            Alerts.error(ctx.historyProblem);
        } else if (ConversationMigration.needed(ctx.store)) {
            java.util.List<String> kept = new ConversationMigration(ctx.store, ctx.history).run();
            if (!kept.isEmpty()) {
                Alerts.error(String.join(" ", kept));
            }
        }
        ctx.network.update(settings.providers);
        ctx.network.onWait((message, waitMs) -> contextInfo.text(message));

        El top = ChatTopBar.build(picker, drawer, popup, ctx.browser, this::newChat);
        app.onEvent("keydown", e -> {
            if ("Escape".equals(((KeyboardEvent) e).getKey()) && running != null) {
                stopReply();
            }
        });
        unlockBar = new UnlockBar(ctx.keys, this::keysUnlocked);
        app.add(El.heading(1, I18n.t("chat_heading")).cls("visually-hidden"), top, unlockBar.element(), drawer.element(),
            contextInfo, log.element(), composer.element());
        ShortcutsHelp.install(app, ShortcutsHelp.CHAT);

        openInitialConversation();
        models.rebuild();
        if (!ctx.keys.vaultEnabled()) {
            models.load(); // with the vault on, models load once its keys are available (below)
        }
        ctx.browser.onStorageChange(this::storageChanged);
        ctx.browser.onPageHide(this::saveNow);
        PageVisibility.onChange(this::flushReply);
        ctx.history.onChange(this::historyChanged);
        // A lock in any page reaches this one at once (and an unlock elsewhere is picked up).
        ctx.keys.follow(ctx.browser, () -> {
            if (!unlockBar.refresh()) {
                models.load();
            }
        });
        Async.run(() -> {
            if (ctx.keys.vaultEnabled()) {
                ctx.keys.resume();
                if (!unlockBar.refresh()) {
                    keysUnlocked();
                }
            }
            installOriginRules();
            checkStorageSpace();
        });
        PageShell.ready(app);
        composer.focus();
    }

    @Override
    public void picked(String providerId, String modelId) {
        models.remember(providerId, modelId);
        if (conversation != null) {
            conversation.providerId = providerId;
            conversation.modelId = modelId;
            saveMeta();
        }
        showContextEstimate();
        ProviderConfig p = settings.provider(providerId);
        String shown = ModelIdDisplay.shorten(modelId);
        Alerts.say(p == null ? I18n.t("chat_model_picked", shown) : I18n.t("chat_model_picked_on", shown, p.name));
    }

    /** Keys are available: secrets still in plain text move into the vault, then models load with them. */
    private void keysUnlocked() {
        List<String> moved = ctx.moveSecretsIntoVault();
        if (!moved.isEmpty()) {
            Alerts.say(String.join(" ", moved));
        }
        models.load();
    }

    /** Session rules vanish when the browser restarts; the chat may be the first page opened. */
    private void installOriginRules() {
        for (ProviderConfig p : settings.providers) {
            if (p.stripOrigin && p.enabled) {
                ctx.browser.installOriginRule(p.id, BaseUrlCheck.check(p.baseUrl).normalized());
            }
        }
    }

    // ---- conversations ----

    private void openInitialConversation() {
        ConversationSummary latest = null;
        for (ConversationSummary s : ctx.history.list().items()) {
            if (latest == null || s.updatedAt() > latest.updatedAt()) {
                latest = s;
            }
        }
        if (latest != null) {
            openNow(latest.id());
        } else {
            showConversation(newConversation());
        }
    }

    private Conversation newConversation() {
        long now = ctx.clock.nowMillis();
        Conversation c = new Conversation("c-" + Long.toString(now, 36) + "-" + Long.toString((long) (Math.random() * 1_000_000), 36), now);
        c.providerId = picker.providerId();
        c.modelId = picker.modelId();
        return c;
    }

    private void newChat() {
        stopReply();
        showConversation(newConversation());
        composer.focus();
        Alerts.say(I18n.t("chat_new_chat_started"));
    }

    @Override
    public void open(String conversationId) {
        stopReply();
        Async.run(() -> openNow(conversationId));
    }

    /**
     * Shows the conversation's newest messages at once and reads the older ones right after, so opening takes
     * the same time however long it is. Blocks on storage: call from main or a green thread.
     */
    private void openNow(String conversationId) {
        NewestLoad load = ctx.history.loadNewest(conversationId, FIRST_READ);
        if (!load.found()) {
            Alerts.error(load.notice() == null ? I18n.t("chat_open_failed") : load.notice());
            return;
        }
        showConversation(load.conversation(), load.older());
        if (load.older() > 0) {
            olderMessages.reading(conversation);
        }
    }

    /** Puts the older messages of {@code shown} before its newest ones, then does what waited for them. Blocks. */
    private void readOlder(Conversation shown) {
        ConversationLoad load = ctx.history.load(shown.id);
        if (!load.found()) {
            if (olderMessages.failed(shown)) {
                Alerts.error(I18n.t("chat_older_failed", load.notice() == null ? I18n.t("chat_open_failed") : load.notice()));
            }
            return;
        }
        List<Runnable> waiting = olderMessages.finished(shown);
        if (waiting == null) {
            return; // another conversation was opened meanwhile
        }
        List<ChatMessage> before = OlderMessages.before(load.conversation().messages, shown.messages);
        if (before != null) {
            shown.messages.addAll(0, before);
            log.prepend(before);
            prepareToSend(shown);
        } else {
            changedElsewhere = false;
            showConversation(load.conversation()); // the messages shown were removed meanwhile: show it as stored now
        }
        if (changedElsewhere && running == null) {
            changedElsewhere = false;
            followNow(shown.id);
        }
        showContextEstimate();
        for (Runnable r : waiting) {
            r.run();
        }
    }

    private void showConversation(Conversation c) {
        showConversation(c, 0);
    }

    /** Shows {@code c}; {@code older} messages before its first one are not read yet. */
    private void showConversation(Conversation c, int older) {
        olderMessages.drop();
        if (running == null && UnfinishedReply.streaming(c)) {
            UnfinishedReply.markOpened(c, ctx.liveReplies.conversations()); // still streaming elsewhere, or cut off
        }
        adopt(c);
        watchElsewhere(c);
        log.show(conversation.messages, older);
        refreshActions();
        updateEmptyState();
        log.scrollToBottom();
        showContextEstimate();
        prepareToSend(c);
    }

    /**
     * Counts the history's tokens, writes each message's request JSON and makes the number formatter while the page
     * is idle, a few messages at a time: a send fits the whole history into the window and writes it into the
     * request, which in a long conversation made it a long task.
     */
    private void prepareToSend(Conversation c) {
        int[] next = {0};
        IdleTime.run(millisLeft -> {
            if (next[0] == 0) {
                I18n.format().integer(0);
            }
            List<ChatMessage> messages = c.messages;
            int end = Math.min(messages.size(), next[0] + (millisLeft > 4 ? 100 : 25));
            for (; next[0] < end; next[0]++) {
                messages.get(next[0]).tokenEstimate();
                messages.get(next[0]).wireJson();
            }
            return conversation == c && next[0] < messages.size();
        });
    }

    /**
     * Another page saved the conversation shown here: only what changed is rendered (a reply streaming
     * there grows here by its new text). Its reply is not marked closed: that page is still running it.
     */
    private void followConversation(Conversation c) {
        adopt(c);
        watchElsewhere(c);
        log.sync(c.messages);
        refreshActions();
        updateEmptyState();
        log.scheduleScroll();
        showContextEstimate();
    }

    /** When another page streams the last reply of {@code c}, reads it again once that page lets go of it. */
    private void watchElsewhere(Conversation c) {
        if (running == null) {
            elsewhere.watch(c, id -> Async.run(() -> replyLetGo(id)));
        } else {
            elsewhere.stop();
        }
    }

    /**
     * No page streams into {@code conversationId} any more. Its stored reply says how it ended: whole, or cut off
     * with the cause its page stored when closing, or still "streaming" when that page died without a word.
     */
    private void replyLetGo(String conversationId) {
        if (olderMessages.defer(() -> replyLetGo(conversationId))) {
            return;
        }
        if (!showsIdle(conversationId)) {
            return;
        }
        ConversationLoad load = ctx.history.load(conversationId);
        if (load.found() && showsIdle(conversationId)) { // the read blocks: the page may have moved on
            Conversation c = load.conversation();
            if (UnfinishedReply.streaming(c)) {
                UnfinishedReply.markOpened(c, ctx.liveReplies.conversations()); // a new reply may have started meanwhile
            }
            followConversation(c);
        }
    }

    /** Whether this page shows {@code conversationId} and runs no reply of its own. */
    private boolean showsIdle(String conversationId) {
        return running == null && conversation != null && conversationId.equals(conversation.id);
    }

    /** Makes {@code c} the conversation of this page: its model in the picker, its system prompt in the drawer. */
    private void adopt(Conversation c) {
        conversation = c;
        if (c.modelId != null) {
            picker.choose(c.providerId, c.modelId);
        }
        drawer.setCurrent(c.id, c.systemPrompt);
    }

    @Override
    public void deleted(String conversationId) {
        if (conversation != null && conversation.id.equals(conversationId)) {
            showConversation(newConversation());
        }
    }

    @Override
    public void systemPromptChanged(String prompt) {
        conversation.systemPrompt = prompt;
        saveMeta();
        showContextEstimate();
        Alerts.say(I18n.t("chat_system_prompt_saved"));
    }

    private void updateEmptyState() {
        log.updateEmptyState(conversation, settings, models.catalog());
    }

    private void refreshActions() {
        log.refreshActions(this, running != null);
    }

    // ---- sending ----

    private void sendFromComposer() {
        if (olderMessages.defer(this::sendFromComposer)) {
            return;
        }
        String text = composer.text().trim();
        if (text.isEmpty() || running != null) {
            return;
        }
        if (picker.modelId() == null) {
            Alerts.error(I18n.t("chat_choose_model_first"));
            return;
        }
        ReplyJournal pending = unstored;
        if (pending != null) {
            // A new reply would be lost like the last one: store that one first, or refuse with the reason.
            Async.run(() -> {
                StoreException e = pending.finish().await();
                if (e != null) {
                    Alerts.error(I18n.t("history_send_refused", e.getMessage()));
                    return;
                }
                if (unstored == pending) {
                    unstoredStored();
                }
                send(text);
            });
            return;
        }
        send(text);
    }

    private void send(String text) {
        Alerts.clearError();
        ChatMessage user = conversation.ask(text, ctx.clock.nowMillis());
        conversation.providerId = picker.providerId();
        conversation.modelId = picker.modelId();
        composer.text("");
        updateEmptyState();
        log.add(user);
        PendingWrite stored = ctx.history.append(conversation, user);
        Async.run(() -> {
            StoreException e = stored.await();
            if (e != null) {
                Alerts.error(I18n.t("chat_save_failed", e.getMessage()));
                return;
            }
            generate();
        });
    }

    private ReplyTargets targets() {
        return new ReplyTargets(settings, models.catalog());
    }

    private void generate() {
        ReplyPlan plan = ReplyPlan.prepare(targets(), conversation, picker.providerId(), picker.modelId(), ctx.clock.nowMillis());
        if (plan.firstFit() != null) {
            contextInfo.text(ReplyNotes.contextEstimate(plan.firstFit()));
        }
        if (plan.refusal() != null) {
            Alerts.error(plan.refusal());
            return;
        }
        MessageView view = log.add(plan.reply());
        refreshActions();
        Cancellation cancel = new Cancellation();
        setRunning(cancel);
        ReplyJournal j = new ReplyJournal(ctx.history, plan.conversation(), plan.reply());
        journal = j;
        Runnable live = ctx.liveReplies.hold(plan.conversation().id); // before it is stored as streaming
        ctx.history.append(plan.conversation(), plan.reply());
        log.scrollToBottomNextFrame();
        Async.run(() -> {
            try {
                // The request (the history as JSON, handed to fetch) is built in a task of its own: together
                // with the work above it was a long task in a long conversation.
                Timers.nextTask();
                router.run(plan, cancel, new LiveReply(view, log, j, unlockBar::refresh));
                finishReply(plan, view, cancel, j);
            } finally {
                if (unstored == j) {
                    unstoredHold = live; // still streaming as far as other pages can tell, until it is stored
                } else {
                    live.run(); // its final state is stored
                }
            }
        });
    }

    private void finishReply(ReplyPlan plan, MessageView view, Cancellation cancel, ReplyJournal j) {
        if (journal == j) {
            journal = null;
        }
        StoreException notStored = j.finish().await();
        if (running == cancel) {
            setRunning(null);
        }
        view.finish(this, true);
        unstoredStored();
        unstored = notStored == null ? null : j;
        if (notStored != null) {
            Alerts.error(I18n.t("history_reply_not_stored", notStored.getMessage()));
        }
        if (plan.conversation() == conversation) {
            refreshActions();
            showContextEstimate();
            log.scheduleScroll();
        }
        ChatMessage reply = plan.reply();
        if (reply.status == ChatMessage.Status.ERROR) {
            Alerts.error(ReplyNotes.ended(reply));
        } else if (notStored == null) {
            Alerts.say(ReplyNotes.ended(reply));
        }
        if (changedElsewhere && plan.conversation() == conversation) {
            changedElsewhere = false;
            followNow(conversation.id); // not openNow: a reply still streaming in the other page is not closed
        }
        if (notStored == null) {
            checkStorageSpace(); // the not-stored alert already says what to do; it must stay readable
        }
    }

    private void setRunning(Cancellation c) {
        running = c;
        composer.running(c != null);
        log.busy(c != null);
        picker.select().disabled(c != null);
    }

    private void stopReply() {
        if (running != null) {
            running.cancel();
        }
    }

    // ---- regenerate / retry / edit ----

    @Override
    public void regenerate() {
        if (olderMessages.defer(this::regenerate)) {
            return;
        }
        if (running != null || conversation.last() == null || !conversation.last().isAssistant()) {
            return;
        }
        dropLast();
        generate();
    }

    @Override
    public void retry() {
        regenerate();
    }

    @Override
    public void editLast() {
        if (olderMessages.defer(this::editLast)) {
            return;
        }
        if (running != null) {
            return;
        }
        int lastUser = conversation.lastQuestionIndex();
        if (lastUser < 0) {
            return;
        }
        String text = conversation.messages.get(lastUser).content;
        while (conversation.messages.size() > lastUser) {
            dropLast();
        }
        composer.text(text);
        composer.focus();
        Alerts.say(I18n.t("chat_edit_again"));
    }

    private void dropLast() {
        ChatMessage dropped = conversation.messages.remove(conversation.messages.size() - 1);
        if (dropped.id != null) {
            ctx.history.remove(conversation, dropped).whenDone(this::reportWriteFailure);
        }
        log.dropLast();
        refreshActions();
    }

    /** The line above the log: how the conversation fits the picked model's window. */
    private void showContextEstimate() {
        ContextFitter.Fit fit = conversation == null || olderMessages.pending() || models.catalog() == null ? null
            : targets().firstFit(conversation, picker.providerId(), picker.modelId());
        contextInfo.text(fit == null ? "" : ReplyNotes.contextEstimate(fit));
    }

    // ---- persistence ----

    /** Title, system prompt or model changed: stored once the conversation has messages (an empty one is not kept). */
    private void saveMeta() {
        if (conversation != null && !conversation.messages.isEmpty()) {
            ctx.history.saveMeta(conversation).whenDone(this::reportWriteFailure);
        }
    }

    private void reportWriteFailure(StoreException e) {
        if (e != null) {
            Alerts.error(I18n.t("chat_save_failed", e.getMessage()));
        }
    }

    /** The page is hidden (another tab, the side panel closed, the popup losing focus): store the batch so far. */
    private void flushReply() {
        if (journal != null) {
            journal.flush();
        }
    }

    /** {@link #unstored} is stored now (or replaced by a newer reply's state): other pages may read it. */
    private void unstoredStored() {
        unstored = null;
        unstoredHold.run();
        unstoredHold = () -> { };
    }

    /** The page is closing (popup dismissed): hand over the reply's last batch with the true cause, without waiting. */
    private void saveNow() {
        if (running != null && journal != null) {
            journal.closing(I18n.t("chat_incomplete_window_closed"));
        }
        if (unstored != null) {
            unstored.finish(); // space may have come back since
        }
    }

    /** Warns early when storage is running out (checked at start and after each reply). Blocks. */
    private void checkStorageSpace() {
        double[] estimate = StorageSpace.estimate();
        String warning = estimate == null ? null : StorageBudget.warning(estimate[0], estimate[1]);
        if (warning != null) {
            Alerts.error(warning);
        }
    }

    /**
     * Another page stored a change. A message added to the open conversation is appended; anything else reloads
     * it and renders only what differs. While a reply runs here the reload waits for its end.
     */
    private void historyChanged(HistoryEvent e) {
        if (drawer.isOpen()) {
            Async.run(drawer::render);
        }
        if (conversation == null || !e.conversationId().equals(conversation.id)) {
            return;
        }
        if (e.kind() == HistoryEvent.Kind.CONVERSATION_DELETED) {
            if (running == null) {
                showConversation(newConversation());
            }
            return;
        }
        if (running != null || olderMessages.pending()) {
            changedElsewhere = true;
            return;
        }
        String id = conversation.id;
        Async.run(() -> {
            if (conversation == null || !conversation.id.equals(id) || running != null) {
                return;
            }
            if (olderMessages.pending()) {
                changedElsewhere = true; // caught up with once the older messages are read
                return;
            }
            if (e.kind() == HistoryEvent.Kind.MESSAGE_ADDED && appendFromElsewhere(e.messageId())) {
                return;
            }
            followNow(id);
        });
    }

    /** Reloads the open conversation after a change elsewhere and renders only what differs. Blocks on storage. */
    private void followNow(String conversationId) {
        ConversationLoad load = ctx.history.load(conversationId);
        if (load.found()) {
            followConversation(load.conversation());
        }
    }

    /** Appends a message another page added after everything shown here; false when a full reload is needed. */
    private boolean appendFromElsewhere(String messageId) {
        ChatMessage last = conversation.last();
        if (messageId == null || last == null || last.id == null || messageId.compareTo(last.id) <= 0) {
            return false;
        }
        ChatMessage m;
        try {
            m = ctx.history.message(conversation.id, messageId);
        } catch (StoreException ex) {
            return false;
        }
        if (m == null || m.status == ChatMessage.Status.STREAMING) {
            return false; // a streaming reply is shown as it is stored, through the reload
        }
        conversation.messages.add(m);
        log.add(m);
        refreshActions();
        updateEmptyState();
        log.scheduleScroll();
        return true;
    }

    private void storageChanged(String key) {
        if (key == null || StorageKeys.isSettings(key)) {
            Async.run(() -> {
                settings = ctx.settings.load().settings();
                ctx.network.update(settings.providers);
                models.rebuild();
                models.load();
            });
            return;
        }
    }
}
