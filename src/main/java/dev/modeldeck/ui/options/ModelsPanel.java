package dev.modeldeck.ui.options;

import dev.modeldeck.core.discovery.CapabilityText;
import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.Debouncer;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.discovery.ModelInfo;
import dev.modeldeck.core.discovery.ModelType;
import dev.modeldeck.core.discovery.ModelsResult;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.core.provider.ModelPref;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.Format;
import java.util.List;
import java.util.function.Function;

/**
 * The selected provider's models: discovery with cache status, an instant filter, capability badges
 * with their source, favorites/hidden, and models added by hand.
 */
final class ModelsPanel {
    /** How many rows are put in the DOM at once (a screenful and more); the filter narrows the rest. */
    static final int MAX_ROWS = 60;

    interface SettingsEditor {
        boolean change(Function<Settings, Settings> edit, String announcement);
        Settings settings();
    }

    private final AppContext ctx;
    private final SettingsEditor editor;
    private final Debouncer typingDebouncer;
    private final El root = El.tag("section").cls("panel models-panel").label("Models of this provider");
    private final El heading = El.heading(2, "Models");
    private final El meta = El.div("models-meta").attr("aria-live", "polite");
    private final El filter = El.tag("input").attr("type", "search").attr("autocomplete", "off");
    private final El list = El.tag("ul").cls("models").label("Models");
    private final El more = El.div("muted");
    private final El moreText = El.span("", "");
    private final El showAll = El.button("Show all").cls("link");
    /** The user asked for every matching row (until the filter changes). */
    private boolean showingAll;
    private final El refresh = El.button("Refresh models");
    private final El newModelId = El.tag("input").attr("type", "text").attr("spellcheck", "false");
    private final El newModelContext = El.tag("input").attr("type", "number").attr("min", "1");
    private ProviderConfig provider;
    private ModelCatalog catalog;
    private Cancellation inFlight;

    ModelsPanel(AppContext ctx, SettingsEditor editor) {
        this.ctx = ctx;
        this.editor = editor;
        this.typingDebouncer = new Debouncer(ctx.scheduler);
        El hideNonChat = El.button("Hide all non-chat models");
        El add = El.button("Add model");
        refresh.onClickAsync(() -> load(true));
        hideNonChat.onClickAsync(this::hideNonChat);
        add.onClickAsync(this::addModel);
        filter.on("input", () -> {
            showingAll = false;
            renderList();
        });
        more.add(moreText, showAll);
        showAll.onClick(() -> {
            showingAll = true;
            renderedCatalog = null;
            renderList();
        });
        newModelId.on("keydown", () -> { });
        root.add(heading,
            El.div("models-head").add(refresh, hideNonChat, El.span("spinner", null).attr("aria-hidden", "true")),
            meta,
            El.field("f-filter-models", "Filter models", filter),
            list, more,
            El.heading(3, "Add a model by hand"),
            El.div("hint").text("For providers without a model list (Azure deployments, some proxies) or models missing from it."),
            El.div("form-grid").add(El.field("f-model-id", "Model ID", newModelId),
                El.field("f-model-context", "Context length (tokens, optional)", newModelContext)),
            El.div("form-actions").add(add));
        filter.attr("placeholder", "Type to filter, e.g. llama 70b");
        root.hidden(true);
    }

    El element() { return root; }

    void show(ProviderConfig p) {
        provider = p;
        heading.text("Models of “" + p.name + "”");
        filter.value("");
        root.hidden(false);
        Async.run(() -> load(false));
    }

    void hide() {
        provider = null;
        root.hidden(true);
        if (inFlight != null) {
            inFlight.cancel();
        }
    }

    /** While the user types a URL or key: discover after a pause, cancelling the superseded attempt. */
    void previewWhileTyping(ProviderConfig draft, ProviderFormView form) {
        if (!BaseUrlCheck.check(draft.baseUrl).canSave()) {
            typingDebouncer.cancel();
            form.showDiscoveryPreview("");
            return;
        }
        typingDebouncer.call(c -> {
            form.showDiscoveryPreview("Looking for models…");
            ModelsResult r = ctx.discovery.models(draft, false, c);
            if (c.isCancelled()) {
                return;
            }
            if (r.list() != null && !r.models().isEmpty()) {
                int chat = 0;
                for (ModelInfo m : r.models()) {
                    if (m.usableForChat()) {
                        chat++;
                    }
                }
                form.showDiscoveryPreview("Found " + Format.plural(r.models().size(), "model", "models")
                    + " (" + chat + " for chat) at this address.");
            } else {
                form.showDiscoveryPreview(r.summary(ctx.clock.nowMillis()));
            }
        });
    }

    private void load(boolean force) {
        ProviderConfig p = provider;
        if (p == null) {
            return;
        }
        if (inFlight != null) {
            inFlight.cancel();
        }
        Cancellation c = new Cancellation();
        inFlight = c;
        root.busy(true);
        refresh.disabled(true);
        meta.text(force ? "Refreshing models…" : "Loading models…");
        ModelsResult r = force ? ctx.discovery.models(p, true, c) : ctx.discovery.modelsNow(p, refreshed -> {
            if (provider != null && provider.id.equals(p.id)) {
                show(p, refreshed);
            }
        });
        if (!c.isCancelled()) {
            show(p, r);
        }
    }

    private void show(ProviderConfig p, ModelsResult r) {
        root.busy(r.refreshing());
        refresh.disabled(false);
        ProviderConfig current = editor.settings().provider(p.id);
        catalog = ModelCatalog.of(current == null ? p : current, r.models());
        long now = ctx.clock.nowMillis();
        StringBuilder text = new StringBuilder();
        if (!r.models().isEmpty()) {
            int chat = catalog.chatModels().size();
            text.append(Format.plural(r.models().size(), "model", "models")).append(" (").append(chat).append(" for chat). ");
        }
        text.append(r.summary(now));
        for (String note : r.notes()) {
            text.append(' ').append(note);
        }
        meta.text(text.toString());
        if (r.status() == ModelsResult.Status.FAILED && r.list() == null) {
            Alerts.error("Models of " + p.name + ": " + r.summary(now));
        }
        renderList();
    }

    private String renderedQuery;
    private ModelCatalog renderedCatalog;

    private void renderList() {
        if (catalog == null) {
            list.clear();
            return;
        }
        String query = filter.value();
        if (catalog == renderedCatalog && query.equals(renderedQuery)) {
            return; // e.g. a keystroke that changed nothing (a trailing space)
        }
        renderedCatalog = catalog;
        renderedQuery = query;
        list.clear();
        List<CatalogModel> matches = catalog.filter(query);
        int shown = showingAll ? matches.size() : Math.min(MAX_ROWS, matches.size());
        for (int i = 0; i < shown; i++) {
            list.add(row(matches.get(i)));
        }
        boolean cut = matches.size() > shown;
        moreText.text(cut ? "Showing " + shown + " of " + Format.thousands(matches.size())
            + " — type in the filter to narrow the list. " : matches.isEmpty() && catalog.size() > 0 ? "No model matches the filter." : "");
        showAll.text("Show all " + Format.thousands(matches.size())).hidden(!cut);
    }

    private El row(CatalogModel m) {
        ModelInfo info = m.info();
        El li = El.tag("li").toggleCls("hidden-model", m.hidden());
        El id = El.span("model-id", m.id()).title(m.id());
        li.add(id);
        if (m.alias() != null) {
            li.add(El.span("badge", m.alias()));
        }
        ModelType type = info.type().valueOr(ModelType.UNKNOWN);
        if (type != ModelType.CHAT && type != ModelType.UNKNOWN) {
            li.add(El.span("badge warn", type.wire()));
        }
        if (info.contextLength().isKnown()) {
            li.add(El.span("badge", CapabilityText.tokensWithSource(info.contextLength())).title("Context window and where the value came from"));
        }
        if (Boolean.TRUE.equals(info.vision().value())) {
            li.add(El.span("badge", "vision"));
        }
        if (Boolean.TRUE.equals(info.tools().value())) {
            li.add(El.span("badge", "tools"));
        }
        if (Boolean.TRUE.equals(info.reasoning().value())) {
            li.add(El.span("badge", "reasoning"));
        }
        if (m.addedByHand()) {
            li.add(El.span("badge", "added by you"));
        }
        El actions = El.div("model-actions row");
        El fav = El.button(m.favorite() ? "★" : "☆").label((m.favorite() ? "Unfavorite " : "Favorite ") + m.id())
            .attr("aria-pressed", m.favorite() ? "true" : "false");
        fav.onClickAsync(() -> updatePref(m.id(), pref -> pref.favorite = !pref.favorite));
        El hide = El.button(m.hidden() ? "Show" : "Hide").label((m.hidden() ? "Show " : "Hide ") + m.id());
        hide.onClickAsync(() -> updatePref(m.id(), pref -> pref.hidden = !pref.hidden));
        actions.add(fav, hide);
        if (m.addedByHand()) {
            El remove = El.button("Remove").label("Remove " + m.id());
            remove.onClickAsync(() -> removeCustom(m.id()));
            actions.add(remove);
        }
        return li.add(actions);
    }

    private interface PrefEdit {
        void apply(ModelPref pref);
    }

    private void updatePref(String modelId, PrefEdit edit) {
        String providerId = provider.id;
        editor.change(s -> {
            ProviderConfig p = s.provider(providerId);
            if (p != null) {
                ModelPref pref = p.pref(modelId);
                edit.apply(pref);
                p.modelPrefs.put(modelId, pref);
            }
            return s;
        }, "Updated " + modelId + ".");
        refreshCatalog();
    }

    private void hideNonChat() {
        if (catalog == null) {
            return;
        }
        String providerId = provider.id;
        int[] count = {0};
        editor.change(s -> {
            ProviderConfig p = s.provider(providerId);
            if (p != null) {
                for (CatalogModel m : catalog.all()) {
                    if (!m.info().usableForChat()) {
                        ModelPref pref = p.pref(m.id());
                        if (!pref.hidden) {
                            pref.hidden = true;
                            p.modelPrefs.put(m.id(), pref);
                            count[0]++;
                        }
                    }
                }
            }
            return s;
        }, null);
        Alerts.say("Hid " + Format.plural(count[0], "non-chat model", "non-chat models") + ".");
        refreshCatalog();
    }

    private void addModel() {
        String id = newModelId.value().trim();
        if (id.isEmpty()) {
            Alerts.error("Type the model ID first, exactly as the provider names it (for Azure: the deployment name).");
            newModelId.focus();
            return;
        }
        Long context = null;
        String ctxText = newModelContext.value().trim();
        if (!ctxText.isEmpty()) {
            try {
                context = Long.parseLong(ctxText);
            } catch (NumberFormatException e) {
                Alerts.error("Context length must be a whole number of tokens, e.g. 128000.");
                newModelContext.focus();
                return;
            }
        }
        String providerId = provider.id;
        Long ctxLen = context;
        boolean ok = editor.change(s -> {
            ProviderConfig p = s.provider(providerId);
            if (p != null) {
                CustomModel m = p.customModel(id);
                if (m == null) {
                    m = new CustomModel(id);
                    p.customModels.add(m);
                }
                m.addedByHand = true;
                if (ctxLen != null) {
                    m.contextLength = ctxLen;
                }
            }
            return s;
        }, "Added model " + id + ".");
        if (ok) {
            newModelId.value("");
            newModelContext.value("");
            refreshCatalog();
        }
    }

    private void removeCustom(String modelId) {
        String providerId = provider.id;
        editor.change(s -> {
            ProviderConfig p = s.provider(providerId);
            if (p != null) {
                p.customModels.removeIf(m -> m.id.equals(modelId));
            }
            return s;
        }, "Removed " + modelId + ".");
        refreshCatalog();
    }

    /** Rebuilds the catalog from the (unchanged) discovered list and the new settings. */
    private void refreshCatalog() {
        if (provider == null) {
            return;
        }
        ProviderConfig p = editor.settings().provider(provider.id);
        if (p != null && catalog != null) {
            provider = p;
            ModelsResult r = ctx.discovery.modelsNow(p, null);
            catalog = ModelCatalog.of(p, r.models());
            renderList();
        }
    }
}
