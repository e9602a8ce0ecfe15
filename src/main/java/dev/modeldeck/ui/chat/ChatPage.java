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
import dev.modeldeck.core.reply.ReplyNotes;
import dev.modeldeck.core.reply.ReplyPlan;
import dev.modeldeck.core.reply.ReplyRouter;
import dev.modeldeck.core.reply.ReplyTargets;
import dev.modeldeck.core.reply.UnfinishedReply;
import dev.modeldeck.core.store.ConversationLoad;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.ConversationWrite;
import dev.modeldeck.core.store.LoadResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.PageShell;
import dev.modeldeck.ui.shared.ShortcutsHelp;
import dev.modeldeck.ui.shared.ThemeSwitch;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * Entry point and controller of popup.html and sidepanel.html: the same chat in two sizes, sharing
 * conversations through storage. Core plans and routes each reply (context fitting, failover,
 * streaming); this page shows it token by token and saves what arrived even if it closes mid-reply.
 */
public final class ChatPage implements ModelPicker.Listener, ConversationDrawer.Listener, MessageView.Actions {
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

    private ChatPage() {
        popup = "popup".equals(PageShell.mode());
        ctx = new AppContext(popup ? "popup" : "sidepanel");
        log = new ChatLog(ctx.browser);
        drawer = new ConversationDrawer(ctx.conversations, this);
        models = new ModelSource(ctx, picker, () -> settings, contextInfo::text, this::updateEmptyState);
        router = new ReplyRouter(new ChatNetwork(ctx), ctx.clock, NativeJson::parse);
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
            save();
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
        for (ConversationSummary s : ctx.conversations.list().items()) {
            if (latest == null || s.updatedAt() > latest.updatedAt()) {
                latest = s;
            }
        }
        if (latest != null) {
            open(latest.id());
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
        ConversationLoad load = ctx.conversations.load(conversationId);
        if (!load.found()) {
            Alerts.error(load.notice() == null ? I18n.t("chat_open_failed") : load.notice());
            return;
        }
        showConversation(load.conversation());
    }

    private void showConversation(Conversation c) {
        if (running == null) {
            UnfinishedReply.markPageClosed(c); // streaming when its page closed: no longer running anywhere
        }
        adopt(c);
        log.show(conversation.messages);
        refreshActions();
        updateEmptyState();
        log.scrollToBottom();
        showContextEstimate();
    }

    /**
     * Another page saved the conversation shown here: only what changed is rendered (a reply streaming
     * there grows here by its new text). Its reply is not marked closed: that page is still running it.
     */
    private void followConversation(Conversation c) {
        adopt(c);
        log.sync(c.messages);
        refreshActions();
        updateEmptyState();
        log.scheduleScroll();
        showContextEstimate();
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
        save();
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
        String text = composer.text().trim();
        if (text.isEmpty() || running != null) {
            return;
        }
        if (picker.modelId() == null) {
            Alerts.error(I18n.t("chat_choose_model_first"));
            return;
        }
        Alerts.clearError();
        ChatMessage user = conversation.ask(text, ctx.clock.nowMillis());
        conversation.providerId = picker.providerId();
        conversation.modelId = picker.modelId();
        composer.text("");
        updateEmptyState();
        log.add(user);
        if (!save()) {
            return;
        }
        generate();
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
        save();
        log.scrollToBottom();
        Async.run(() -> {
            router.run(plan, cancel, new LiveReply(view, log, () -> saveConversation(plan.conversation()), unlockBar::refresh));
            finishReply(plan, view, cancel);
        });
    }

    private void finishReply(ReplyPlan plan, MessageView view, Cancellation cancel) {
        if (running == cancel) {
            setRunning(null);
        }
        view.finish(this, true);
        saveConversation(plan.conversation());
        if (plan.conversation() == conversation) {
            refreshActions();
            showContextEstimate();
            log.scheduleScroll();
        }
        ChatMessage reply = plan.reply();
        if (reply.status == ChatMessage.Status.ERROR) {
            Alerts.error(ReplyNotes.ended(reply));
        } else {
            Alerts.say(ReplyNotes.ended(reply));
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
        save();
        Alerts.say(I18n.t("chat_edit_again"));
    }

    private void dropLast() {
        conversation.messages.remove(conversation.messages.size() - 1);
        log.dropLast();
        refreshActions();
    }

    /** The line above the log: how the conversation fits the picked model's window. */
    private void showContextEstimate() {
        ContextFitter.Fit fit = conversation == null || models.catalog() == null ? null
            : targets().firstFit(conversation, picker.providerId(), picker.modelId());
        contextInfo.text(fit == null ? "" : ReplyNotes.contextEstimate(fit));
    }

    // ---- persistence ----

    private boolean save() {
        return saveConversation(conversation);
    }

    private boolean saveConversation(Conversation c) {
        if (c == null || c.messages.isEmpty()) {
            return true;
        }
        c.updatedAt = ctx.clock.nowMillis();
        ConversationWrite w = ctx.conversations.save(c);
        if (!w.ok()) {
            Alerts.error(I18n.t("chat_save_failed", w.message()));
            return false;
        }
        return true;
    }

    /** The page is closing (popup dismissed): save what arrived so far, synchronously. */
    private void saveNow() {
        if (running != null) {
            UnfinishedReply.markWindowClosed(conversation);
        }
        save();
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
        if (conversation != null && key.equals(StorageKeys.conversation(conversation.id)) && running == null) {
            ConversationLoad load = ctx.conversations.load(conversation.id);
            if (load.found()) {
                followConversation(load.conversation());
            }
        }
        if (StorageKeys.CONVERSATION_INDEX.equals(key) && drawer.isOpen()) {
            drawer.render();
        }
    }
}
