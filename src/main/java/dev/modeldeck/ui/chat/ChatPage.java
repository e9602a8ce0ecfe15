package dev.modeldeck.ui.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.browser.ChromeOriginRules;
import dev.modeldeck.browser.ChromeSidePanel;
import dev.modeldeck.browser.Frames;
import dev.modeldeck.browser.NativeJson;
import dev.modeldeck.browser.PageEvents;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ChatOptions;
import dev.modeldeck.core.chat.ChatOutcome;
import dev.modeldeck.core.chat.ChatRequestBuilder;
import dev.modeldeck.core.chat.ChatRunner;
import dev.modeldeck.core.chat.ChatStreamListener;
import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.chat.ConversationTitles;
import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.discovery.ModelsResult;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.FailoverEntry;
import dev.modeldeck.core.net.FailoverPlanner;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.ConversationLoad;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.ConversationWrite;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.core.store.LoadResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.EscapeKey;
import dev.modeldeck.ui.shared.Format;
import dev.modeldeck.ui.shared.PageShell;
import dev.modeldeck.ui.shared.ShortcutsHelp;
import dev.modeldeck.ui.shared.ThemeSwitch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * Entry point and controller of popup.html and sidepanel.html: the same chat in two sizes, sharing
 * conversations through storage. Sending fits the history to the chosen model's context window,
 * streams the reply token by token, and saves what arrived even if the page closes mid-reply.
 */
public final class ChatPage implements ModelPicker.Listener, ConversationDrawer.Listener, MessageView.Actions {
    private static final String LAST_MODEL_KEY = "modeldeck.chat.lastModel";
    private static final long SAVE_EVERY_MS = 1000;

    private final AppContext ctx;
    private final boolean popup;
    private final ModelPicker picker = new ModelPicker(this);
    private final ConversationDrawer drawer;
    private UnlockBar unlockBar;
    private final El log = El.div("log").role("log").label(I18n.t("chat_log_label")).attr("aria-live", "polite");
    private final El input = El.tag("textarea").attr("rows", "2");
    private final El send = El.button(I18n.t("chat_send")).cls("primary");
    private final El stop = El.button(I18n.t("chat_stop")).hidden(true);
    private final El contextInfo = El.div("context-info").attr("aria-live", "polite");
    private final Map<String, ModelsResult> discovered = new HashMap<>();
    private final List<MessageView> views = new ArrayList<>();
    private Settings settings;
    private ModelCatalog catalog;
    private Conversation conversation;
    private Cancellation running;
    private boolean scrollQueued;

    private ChatPage() {
        popup = "popup".equals(PageShell.mode());
        ctx = new AppContext(popup ? "popup" : "sidepanel");
        drawer = new ConversationDrawer(ctx.conversations, this);
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
            StringBuilder sb = new StringBuilder();
            for (String n : loaded.notices()) {
                sb.append(n).append(' ');
            }
            Alerts.error(sb.toString().trim());
        }
        ctx.network.update(settings.providers);
        ctx.network.onWait((message, waitMs) -> contextInfo.text(message));

        El newChat = El.button(I18n.t("chat_new_chat"));
        newChat.onClick(this::newChat);
        El history = El.button("☰").cls("icon").label(I18n.t("chat_conversations_button")).title(I18n.t("chat_conversations_button_title")).attr("aria-expanded", "false");
        history.onClick(() -> {
            drawer.toggle();
            history.attr("aria-expanded", drawer.isOpen() ? "true" : "false");
        });
        EscapeKey.closes(drawer.element(), () -> { drawer.toggle(); history.attr("aria-expanded", "false").focus(); });
        El settingsButton = El.button("⚙").cls("icon").label(I18n.t("chat_settings_button")).title(I18n.t("chat_settings_button_title"));
        settingsButton.onClick(PageEvents::openOptions);
        El top = El.div("chat-top").add(picker.label(), picker.select(), picker.filter(), newChat, history);
        if (popup && ChromeSidePanel.available()) {
            El side = El.button("⇥").cls("icon").label(I18n.t("chat_side_panel_button")).title(I18n.t("chat_side_panel_button_title"));
            side.onClick(() -> {
                String problem = ChromeSidePanel.open();
                if (problem != null) {
                    Alerts.error(I18n.t("chat_side_panel_failed", problem));
                }
            });
            top.add(side);
        }
        top.add(settingsButton);

        input.id("message-input").attr("placeholder", I18n.t("chat_message_placeholder"));
        El inputLabel = El.tag("label").attr("for", "message-input").cls("visually-hidden").text(I18n.t("chat_message_label"));
        send.onClick(this::sendFromComposer);
        stop.onClick(this::stopReply);
        input.onEvent("keydown", e -> {
            KeyboardEvent k = (KeyboardEvent) e;
            if ("Enter".equals(k.getKey()) && !k.isShiftKey() && !isComposing(k)) {
                e.preventDefault();
                sendFromComposer();
            } else if ("Escape".equals(k.getKey())) {
                stopReply();
            }
        });
        app.onEvent("keydown", e -> {
            if ("Escape".equals(((KeyboardEvent) e).getKey()) && running != null) {
                stopReply();
            }
        });
        El composer = El.div("composer").add(inputLabel, input, El.div("buttons").add(send, stop));
        unlockBar = new UnlockBar(ctx.keys, this::loadModels);
        app.add(El.heading(1, I18n.t("chat_heading")).cls("visually-hidden"), top, unlockBar.element(), drawer.element(), contextInfo, log, composer);
        ShortcutsHelp.install(app, ShortcutsHelp.CHAT);

        openInitialConversation();
        rebuildCatalog();
        if (!ctx.keys.vaultEnabled()) {
            loadModels(); // with the vault on, models load once its keys are available (below)
        }
        PageEvents.onStorageChange(this::storageChanged);
        PageEvents.onPageHide(this::saveNow);
        Async.run(() -> {
            if (ctx.keys.vaultEnabled()) {
                ctx.keys.resume();
                if (!unlockBar.refresh()) {
                    loadModels();
                }
            }
            installOriginRules();
        });
        PageShell.ready(app);
        input.focus();
    }

    @org.teavm.jso.JSBody(params = "e", script = "return !!e.isComposing;")
    private static native boolean isComposing(KeyboardEvent e);

    // ---- models ----

    private void loadModels() {
        for (ProviderConfig p : settings.providers) {
            if (!p.enabled) {
                continue;
            }
            Async.run(() -> {
                ModelsResult r = ctx.discovery.modelsNow(p, refreshed -> {
                    discovered.put(p.id, refreshed);
                    requestRebuild();
                });
                discovered.put(p.id, r);
                requestRebuild();
                if (r.status() == ModelsResult.Status.FAILED && r.list() == null) {
                    contextInfo.text(I18n.t("chat_provider_models_failed", p.name, r.summary(ctx.clock.nowMillis())));
                }
            });
        }
    }

    private boolean rebuildQueued;

    /** Many providers answer at once on open: rebuild the picker once per frame, not once per provider. */
    private void requestRebuild() {
        if (rebuildQueued) {
            return;
        }
        rebuildQueued = true;
        Frames.next(() -> {
            rebuildQueued = false;
            rebuildCatalog();
        });
    }

    private void rebuildCatalog() {
        ModelCatalog.Builder b = new ModelCatalog.Builder();
        for (ProviderConfig p : settings.providers) {
            if (p.enabled) {
                ModelsResult r = discovered.get(p.id);
                b.add(p, r == null ? new ArrayList<>() : r.models());
            }
        }
        catalog = b.build();
        picker.setChains(settings.fallbackChains, id -> {
            ProviderConfig p = settings.provider(id);
            return p == null ? id : p.name;
        });
        // One badge per provider, not per model: each reads the provider's shared health from storage.
        java.util.Map<String, String> badges = new java.util.HashMap<>();
        picker.setCatalog(catalog, id -> {
            if (!badges.containsKey(id)) {
                ProviderConfig p = settings.provider(id);
                badges.put(id, p == null ? null : ctx.network.healthBadge(p));
            }
            return badges.get(id);
        });
        if (picker.modelId() == null) {
            chooseDefaultModel();
        }
        updateEmptyState();
    }

    private void chooseDefaultModel() {
        String[] last = lastModel();
        if (last != null && catalog.find(last[0], last[1]) != null) {
            picker.choose(last[0], last[1]);
        } else if (settings.defaultProviderId != null && settings.defaultModelId != null) {
            picker.choose(settings.defaultProviderId, settings.defaultModelId);
        } else {
            List<CatalogModel> chat = catalog.chatModels();
            if (!chat.isEmpty()) {
                picker.choose(chat.get(0).providerId(), chat.get(0).id());
            }
        }
    }

    private String[] lastModel() {
        String v = ctx.store.get(LAST_MODEL_KEY);
        int sep = v == null ? -1 : v.indexOf(ModelPicker.SEPARATOR);
        return sep > 0 ? new String[] {v.substring(0, sep), v.substring(sep + 1)} : null;
    }

    @Override
    public void picked(String providerId, String modelId) {
        try {
            ctx.store.put(LAST_MODEL_KEY, providerId + ModelPicker.SEPARATOR + modelId);
        } catch (StoreException ignored) {
            // Remembering the last model is a convenience only.
        }
        if (conversation != null) {
            conversation.providerId = providerId;
            conversation.modelId = modelId;
            save();
        }
        showContextEstimate();
        ProviderConfig p = settings.provider(providerId);
        String shown = dev.modeldeck.core.discovery.ModelIdDisplay.shorten(modelId);
        Alerts.say(p == null ? I18n.t("chat_model_picked", shown) : I18n.t("chat_model_picked_on", shown, p.name));
    }

    /** Session rules vanish when the browser restarts; the chat may be the first page opened. */
    private void installOriginRules() {
        for (ProviderConfig p : settings.providers) {
            if (p.stripOrigin && p.enabled) {
                ChromeOriginRules.install(p.id, BaseUrlCheck.check(p.baseUrl).normalized());
            }
        }
    }

    // ---- conversations ----

    private void openInitialConversation() {
        List<ConversationSummary> all = ctx.conversations.list().items();
        ConversationSummary latest = null;
        for (ConversationSummary s : all) {
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
        if (running != null) {
            stopReply();
        }
        showConversation(newConversation());
        input.focus();
        Alerts.say(I18n.t("chat_new_chat_started"));
    }

    @Override
    public void open(String conversationId) {
        if (running != null) {
            stopReply();
        }
        ConversationLoad load = ctx.conversations.load(conversationId);
        if (!load.found()) {
            Alerts.error(load.notice() == null ? I18n.t("chat_open_failed") : load.notice());
            return;
        }
        showConversation(load.conversation());
    }

    private void showConversation(Conversation c) {
        conversation = c;
        // A reply that was streaming when its page closed is no longer running anywhere.
        ChatMessage last = c.last();
        if (last != null && last.status == ChatMessage.Status.STREAMING && running == null) {
            last.status = ChatMessage.Status.INCOMPLETE;
            last.error = I18n.t("chat_incomplete_page_closed");
        }
        if (c.modelId != null) {
            picker.choose(c.providerId, c.modelId);
        }
        drawer.setCurrent(c.id, c.systemPrompt);
        renderMessages();
        showContextEstimate();
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

    private void renderMessages() {
        log.clear();
        views.clear();
        for (ChatMessage m : conversation.messages) {
            MessageView v = new MessageView(m);
            views.add(v);
            log.add(v.element());
        }
        refreshActions();
        updateEmptyState();
        Frames.scrollToBottom(log.node());
    }

    private El emptyState;

    private void updateEmptyState() {
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
            open.onClick(PageEvents::openOptions);
            emptyState.add(El.tag("p").text(I18n.t("chat_empty_no_providers")), open);
        } else if (catalog != null && catalog.chatModels().isEmpty()) {
            emptyState.add(El.tag("p").text(I18n.t("chat_empty_no_models")));
        } else {
            emptyState.add(El.tag("p").text(I18n.t("chat_empty_ready")));
        }
        log.add(emptyState);
    }

    private void refreshActions() {
        for (int i = 0; i < views.size(); i++) {
            MessageView v = views.get(i);
            boolean isLast = i == views.size() - 1;
            boolean lastUser = !v.message().isAssistant() && (isLast || i == views.size() - 2 && running == null);
            if (v.message().status != ChatMessage.Status.STREAMING) {
                v.showActions(running == null ? this : null, v.message().isAssistant() ? isLast : lastUser);
            }
        }
    }

    // ---- sending ----

    private void sendFromComposer() {
        String text = input.value().trim();
        if (text.isEmpty() || running != null) {
            return;
        }
        if (picker.modelId() == null) {
            Alerts.error(I18n.t("chat_choose_model_first"));
            return;
        }
        Alerts.clearError();
        ChatMessage user = new ChatMessage("user", text);
        user.createdAt = ctx.clock.nowMillis();
        if (conversation.messages.isEmpty()) {
            conversation.title = ConversationTitles.fromFirstMessage(text);
        }
        conversation.messages.add(user);
        conversation.providerId = picker.providerId();
        conversation.modelId = picker.modelId();
        input.value("");
        updateEmptyState();
        MessageView v = new MessageView(user);
        views.add(v);
        log.add(v.element());
        if (!save()) {
            return;
        }
        generate();
    }

    /** Marks a conversation whose model is a fallback chain rather than one model. */
    static final String CHAIN_PROVIDER = "@chain";

    private void generate() {
        List<FailoverEntry> entries = targets();
        if (entries.isEmpty()) {
            Alerts.error(I18n.t("chat_provider_missing"));
            return;
        }
        FailoverEntry first = entries.get(0);
        ContextFitter.Fit fit = fitFor(first);
        showFit(fit);
        if (entries.size() == 1 && !fit.fits()) {
            Alerts.error(I18n.t("chat_message_too_long", dev.modeldeck.core.discovery.ModelIdDisplay.shorten(first.modelId()),
                Format.thousands(fit.contextLength())));
            return;
        }
        ChatMessage reply = new ChatMessage("assistant", "");
        reply.status = ChatMessage.Status.STREAMING;
        reply.createdAt = ctx.clock.nowMillis();
        describeTarget(reply, first);
        conversation.messages.add(reply);
        MessageView view = new MessageView(reply);
        views.add(view);
        log.add(view.element());
        refreshActions();
        Cancellation cancel = new Cancellation();
        setRunning(cancel);
        save();
        Frames.scrollToBottom(log.node());
        Async.run(() -> stream(entries, reply, view, cancel));
    }

    /** What to ask: the picked model, or each entry of the picked fallback chain in order. */
    private List<FailoverEntry> targets() {
        List<FailoverEntry> out = new ArrayList<>();
        if (CHAIN_PROVIDER.equals(picker.providerId())) {
            FallbackChain chain = settings.chain(picker.modelId());
            if (chain != null) {
                for (FallbackStep step : chain.steps) {
                    ProviderConfig p = settings.provider(step.providerId());
                    if (p != null && p.enabled) {
                        out.add(new FailoverEntry(step.providerId(), step.modelId()));
                    }
                }
            }
            return out;
        }
        ProviderConfig p = settings.provider(picker.providerId());
        if (p != null && p.enabled) {
            out.add(new FailoverEntry(p.id, picker.modelId()));
        }
        return out;
    }

    private ContextFitter.Fit fitFor(FailoverEntry target) {
        ProviderConfig provider = settings.provider(target.providerId());
        CatalogModel model = catalog.find(target.providerId(), target.modelId());
        Long contextLength = model == null ? null : model.info().contextLength().value();
        Integer maxTokens = provider == null || provider.maxTokens == null ? null : (int) (long) provider.maxTokens;
        return ContextFitter.fit(conversation.systemPrompt, ChatRequestBuilder.sendable(conversation.messages), contextLength, maxTokens);
    }

    private void describeTarget(ChatMessage reply, FailoverEntry target) {
        ProviderConfig provider = settings.provider(target.providerId());
        reply.providerId = target.providerId();
        reply.providerName = provider == null ? target.providerId() : provider.name;
        reply.modelId = target.modelId();
    }

    /**
     * Streams the reply from the first target that answers. A target that fails before its first
     * token (or whose breaker is open) hands over to the next; after the first token there is no
     * failover, so a reply never mixes two models.
     */
    private void stream(List<FailoverEntry> entries, ChatMessage reply, MessageView view, Cancellation cancel) {
        Conversation target = conversation;
        FailoverPlanner planner = new FailoverPlanner(entries, id -> {
            ProviderConfig p = settings.provider(id);
            return p == null ? null : ctx.network.breaker(p);
        }).names(id -> {
            ProviderConfig p = settings.provider(id);
            return p == null ? id : p.name;
        });
        ChatOutcome outcome = null;
        NetException lastError = null;
        FailoverEntry entry;
        while ((entry = planner.next()) != null) {
            describeTarget(reply, entry);
            ProviderConfig provider = ctx.withKey(settings.provider(entry.providerId()));
            if (ctx.keys.locked() && provider.authStyle != dev.modeldeck.core.provider.AuthStyle.NONE) {
                lastError = dev.modeldeck.ui.shared.KeyRing.lockedError();
                unlockBar.refresh();
                if (planner.onFailure(lastError, false)) {
                    continue;
                }
                break;
            }
            ContextFitter.Fit fit = fitFor(entry);
            if (!fit.fits()) {
                lastError = new NetException(NetException.Kind.CONTEXT_LENGTH, I18n.t("chat_conversation_too_long", entry.modelId()));
                // Too long for this model is a reason to try the next one in the chain, not to give up.
                planner.onFailure(new NetException(NetException.Kind.SERVER, I18n.t("chat_skip_context_too_small")), false);
                continue;
            }
            try {
                CatalogModel model = catalog.find(entry.providerId(), entry.modelId());
                String requestModel = model == null ? entry.modelId() : model.info().requestId();
                Integer maxTokens = provider.maxTokens == null ? null : (int) (long) provider.maxTokens;
                ChatOptions options = new ChatOptions().stream(true).includeUsage(true).temperature(provider.temperature).maxTokens(maxTokens);
                String body = ChatRequestBuilder.build(conversation.systemPrompt, fit.messages(), requestModel, options);
                HttpRequest request = EndpointResolver.chat(provider, body, true, cancel);
                outcome = new ChatRunner(ctx.transport(provider), ctx.clock).jsonReader(NativeJson::parse).run(request, EndpointResolver.secrets(provider),
                    new ReplyStreamer(reply, view, target));
            } catch (NetException e) {
                lastError = e;
                outcome = null;
                if (planner.onFailure(e, false)) {
                    continue;
                }
                break;
            }
            boolean gotTokens = outcome.ttftMs() >= 0 || !outcome.content().isEmpty() || !outcome.reasoning().isEmpty();
            if (outcome.status() == ChatMessage.Status.ERROR && outcome.error() != null && !cancel.isCancelled()
                    && planner.onFailure(outcome.error(), gotTokens)) {
                lastError = outcome.error();
                outcome = null;
                continue;
            }
            break;
        }
        if (outcome != null) {
            outcome.applyTo(reply);
        } else {
            reply.status = cancel.isCancelled() ? ChatMessage.Status.STOPPED : ChatMessage.Status.ERROR;
            // Nothing was even tried (breakers open): the planner's notes say why.
            reply.error = lastError != null ? lastError.getMessage()
                : planner.notes().isEmpty() ? I18n.t("chat_not_sent_no_provider") : I18n.t("chat_not_sent", routeNote(planner.notes()));
        }
        reply.routeNote = routeNote(planner.notes());
        finishReply(target, reply, view, cancel);
    }

    /** The planner's notes ("skipped Backup / gpt-4o: …"), one after another. */
    private static String routeNote(List<String> notes) {
        if (notes.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String n : notes) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(n);
        }
        return sb.toString();
    }

    /** Per-token work: append to the view, schedule a scroll, and save at most once a second. */
    private final class ReplyStreamer implements ChatStreamListener {
        private final ChatMessage reply;
        private final MessageView view;
        private final Conversation target;
        private final StringBuilder content = new StringBuilder();
        private final StringBuilder reasoning = new StringBuilder();
        private long lastSave = ctx.clock.nowMillis();

        ReplyStreamer(ChatMessage reply, MessageView view, Conversation target) {
            this.reply = reply;
            this.view = view;
            this.target = target;
        }

        @Override public void onContent(String delta) {
            content.append(delta);
            view.appendContent(delta);
            afterToken();
        }

        @Override public void onReasoning(String delta) {
            reasoning.append(delta);
            view.appendReasoning(delta);
            afterToken();
        }

        private void afterToken() {
            scheduleScroll();
            long now = ctx.clock.nowMillis();
            // Saving copies the whole text, so it is throttled: per-token work stays constant.
            if (now - lastSave >= SAVE_EVERY_MS) {
                lastSave = now;
                reply.content = content.toString();
                reply.reasoning = reasoning.toString();
                saveConversation(target);
            }
        }
    }

    private void finishReply(Conversation target, ChatMessage reply, MessageView view, Cancellation cancel) {
        if (running == cancel) {
            setRunning(null);
        }
        view.finish(this, true);
        saveConversation(target);
        if (target == conversation) {
            refreshActions();
            showContextEstimate();
            scheduleScroll();
        }
        if (reply.status == ChatMessage.Status.ERROR) {
            Alerts.error(I18n.t("chat_reply_failed", reply.providerName, reply.error));
        } else {
            Alerts.say(reply.status == ChatMessage.Status.STOPPED ? I18n.t("chat_reply_stopped") : I18n.t("chat_reply_complete"));
        }
    }

    private void setRunning(Cancellation c) {
        running = c;
        send.hidden(c != null);
        stop.hidden(c == null);
        log.busy(c != null);
        picker.select().disabled(c != null);
    }

    private void stopReply() {
        if (running != null) {
            running.cancel();
        }
    }

    private void scheduleScroll() {
        if (scrollQueued) {
            return;
        }
        scrollQueued = true;
        boolean follow = Frames.nearBottom(log.node());
        Frames.next(() -> {
            scrollQueued = false;
            if (follow) {
                Frames.scrollToBottom(log.node());
            }
        });
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
        int lastUser = -1;
        for (int i = conversation.messages.size() - 1; i >= 0; i--) {
            if (!conversation.messages.get(i).isAssistant()) {
                lastUser = i;
                break;
            }
        }
        if (lastUser < 0) {
            return;
        }
        String text = conversation.messages.get(lastUser).content;
        while (conversation.messages.size() > lastUser) {
            dropLast();
        }
        input.value(text);
        input.focus();
        save();
        Alerts.say(I18n.t("chat_edit_again"));
    }

    private void dropLast() {
        conversation.messages.remove(conversation.messages.size() - 1);
        MessageView v = views.remove(views.size() - 1);
        v.element().remove();
        refreshActions();
    }

    // ---- context ----

    private void showContextEstimate() {
        List<FailoverEntry> entries = conversation == null || catalog == null ? null : targets();
        if (entries == null || entries.isEmpty()) {
            contextInfo.text("");
            return;
        }
        showFit(fitFor(entries.get(0)));
    }

    private void showFit(ContextFitter.Fit fit) {
        String estimate = Format.thousands(fit.estimatedTokens());
        StringBuilder sb = new StringBuilder(fit.contextKnown()
            ? I18n.t("chat_context_estimate", estimate, Format.tokens(fit.contextLength()))
            : I18n.t("chat_context_estimate_unknown", estimate));
        if (fit.droppedMessages() > 0) {
            sb.append(" · ").append(I18n.plural("chat_context_dropped", fit.droppedMessages()));
        }
        contextInfo.text(sb.toString());
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
        if (running != null && conversation != null && conversation.last() != null) {
            ChatMessage last = conversation.last();
            if (last.status == ChatMessage.Status.STREAMING) {
                last.status = ChatMessage.Status.INCOMPLETE;
                last.error = I18n.t("chat_incomplete_window_closed");
            }
        }
        save();
    }

    private void storageChanged(String key) {
        if (key == null || StorageKeys.isSettings(key)) {
            Async.run(() -> {
                settings = ctx.settings.load().settings();
                ctx.network.update(settings.providers);
                rebuildCatalog();
                loadModels();
            });
            return;
        }
        if (conversation != null && key.equals(StorageKeys.conversation(conversation.id)) && running == null) {
            ConversationLoad load = ctx.conversations.load(conversation.id);
            if (load.found()) {
                showConversation(load.conversation());
            }
        }
        if (StorageKeys.CONVERSATION_INDEX.equals(key) && drawer.isOpen()) {
            drawer.render();
        }
    }
}
