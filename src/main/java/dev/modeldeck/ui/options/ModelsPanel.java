package dev.modeldeck.ui.options;

import dev.modeldeck.core.discovery.CapabilityText;
import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.Debouncer;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.discovery.ModelInfo;
import dev.modeldeck.core.discovery.ModelType;
import dev.modeldeck.core.discovery.ModelsResult;
import dev.modeldeck.core.edit.SettingsEditor;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.core.provider.ModelPref;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.Format;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The selected provider's models: discovery with cache status, an instant filter, capability badges
 * with their source, favorites/hidden, and models added by hand.
 */
final class ModelsPanel {
    /** How many rows are put in the DOM at once (a screenful and more); the filter narrows the rest. */
    static final int MAX_ROWS = 60;

    private final AppContext ctx;
    private final SettingsEditor editor;
    private final Debouncer typingDebouncer;
    private final El root = El.tag("section").cls("panel models-panel");
    private final El heading = El.heading(2, "");
    private final El meta = El.div("models-meta").attr("aria-live", "polite");
    private final El filter = El.tag("input").attr("type", "search").attr("autocomplete", "off");
    private final El list = El.tag("ul").cls("models");
    private final El more = El.div("muted");
    private final El moreText = El.span("", "");
    private final El showAll = El.button("").cls("link");
    /** The user asked for every matching row (until the filter changes). */
    private boolean showingAll;
    private final El refresh = El.button("");
    private final El newModelId = El.tag("input").attr("type", "text").attr("spellcheck", "false");
    private final El newModelContext = El.tag("input").attr("type", "number").attr("min", "1");
    private ProviderConfig provider;
    private ModelCatalog catalog;
    private Cancellation inFlight;
    private String renderedQuery;
    private ModelCatalog renderedCatalog;
    /** Rows already built for the rendered catalog, by model id: typing in the filter re-attaches them instead of rebuilding. */
    private final Map<String, El> rows = new HashMap<>();

    ModelsPanel(AppContext ctx, SettingsEditor editor) {
        this.ctx = ctx;
        this.editor = editor;
        this.typingDebouncer = new Debouncer(ctx.scheduler);
        root.label(I18n.t("opt_models_region"));
        heading.text(I18n.t("opt_models_title"));
        list.label(I18n.t("opt_models_title"));
        showAll.text(I18n.t("opt_models_show_all"));
        refresh.text(I18n.t("opt_models_refresh"));
        El hideNonChat = El.button(I18n.t("opt_models_hide_non_chat"));
        El add = El.button(I18n.t("opt_models_add"));
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
            El.field("f-filter-models", I18n.t("opt_models_filter"), filter),
            list, more,
            El.heading(3, I18n.t("opt_models_by_hand")),
            El.div("hint").text(I18n.t("opt_models_by_hand_hint")),
            El.div("form-grid").add(El.field("f-model-id", I18n.t("opt_models_id"), newModelId),
                El.field("f-model-context", I18n.t("opt_models_context"), newModelContext)),
            El.div("form-actions").add(add));
        filter.attr("placeholder", I18n.t("opt_models_filter_placeholder"));
        root.hidden(true);
    }

    El element() { return root; }

    void show(ProviderConfig p) {
        provider = p;
        heading.text(I18n.t("opt_models_of", p.name));
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
            form.showDiscoveryPreview(I18n.t("opt_models_looking"));
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
                form.showDiscoveryPreview(I18n.plural("opt_models_found", r.models().size(), Format.thousands(chat)));
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
        meta.text(force ? I18n.t("opt_models_refreshing") : I18n.t("opt_models_loading"));
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
            text.append(I18n.plural("opt_models_count", r.models().size(), Format.thousands(chat))).append(' ');
        }
        text.append(r.summary(now));
        for (String note : r.notes()) {
            text.append(' ').append(note);
        }
        if (r.list() != null) {
            String none = I18n.t("disc_note_no_models"); // the summary says so already
            for (String note : r.list().notes()) {
                if (!note.equals(none)) {
                    text.append(' ').append(note); // what the answer itself lacked: models left out, entries skipped
                }
            }
        }
        meta.text(text.toString());
        if (r.status() == ModelsResult.Status.FAILED && r.list() == null) {
            Alerts.error(I18n.t("opt_models_failed", p.name, r.summary(now)));
        }
        renderList();
    }

    private void renderList() {
        if (catalog == null) {
            list.clear();
            return;
        }
        String query = filter.value();
        if (catalog == renderedCatalog && query.equals(renderedQuery)) {
            return; // e.g. a keystroke that changed nothing (a trailing space)
        }
        if (catalog != renderedCatalog) {
            rows.clear();
        }
        renderedCatalog = catalog;
        renderedQuery = query;
        list.clear();
        List<CatalogModel> matches = catalog.filter(query);
        int shown = showingAll ? matches.size() : Math.min(MAX_ROWS, matches.size());
        for (int i = 0; i < shown; i++) {
            CatalogModel m = matches.get(i);
            El r = rows.get(m.id());
            if (r == null) {
                r = row(m);
                rows.put(m.id(), r);
            }
            list.add(r);
        }
        boolean cut = matches.size() > shown;
        moreText.text(cut ? I18n.t("opt_models_showing", Format.thousands(shown), Format.thousands(matches.size())) + " "
            : matches.isEmpty() && catalog.size() > 0 ? I18n.t("opt_models_no_match") : "");
        showAll.text(I18n.t("opt_models_show_all_count", Format.thousands(matches.size()))).hidden(!cut);
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
            li.add(El.span("badge warn", type.label()));
        }
        if (info.contextLength().isKnown()) {
            li.add(El.span("badge", CapabilityText.tokensWithSource(info.contextLength())).title(I18n.t("opt_models_context_title")));
        }
        if (Boolean.TRUE.equals(info.vision().value())) {
            li.add(El.span("badge", I18n.t("opt_models_badge_vision")));
        }
        if (Boolean.TRUE.equals(info.tools().value())) {
            li.add(El.span("badge", I18n.t("opt_models_badge_tools")));
        }
        if (Boolean.TRUE.equals(info.reasoning().value())) {
            li.add(El.span("badge", I18n.t("opt_models_badge_reasoning")));
        }
        if (m.addedByHand()) {
            li.add(El.span("badge", I18n.t("opt_models_badge_added_by_you")));
        }
        El actions = El.div("model-actions row");
        El fav = El.button(m.favorite() ? "★" : "☆").label(m.favorite() ? I18n.t("opt_models_unfavorite", m.id()) : I18n.t("opt_models_favorite", m.id()))
            .attr("aria-pressed", m.favorite() ? "true" : "false");
        fav.onClickAsync(() -> updatePref(m.id(), pref -> pref.favorite = !pref.favorite));
        El hide = El.button(m.hidden() ? I18n.t("opt_models_show") : I18n.t("opt_models_hide"))
            .label(m.hidden() ? I18n.t("opt_models_show_id", m.id()) : I18n.t("opt_models_hide_id", m.id()));
        hide.onClickAsync(() -> updatePref(m.id(), pref -> pref.hidden = !pref.hidden));
        actions.add(fav, hide);
        if (m.addedByHand()) {
            El remove = El.button(I18n.t("opt_models_remove")).label(I18n.t("opt_models_remove_id", m.id()));
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
        }, I18n.t("opt_models_updated", modelId));
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
        Alerts.say(I18n.plural("opt_models_hid_non_chat", count[0]));
        refreshCatalog();
    }

    private void addModel() {
        String id = newModelId.value().trim();
        if (id.isEmpty()) {
            Alerts.error(I18n.t("opt_models_id_missing"));
            newModelId.focus();
            return;
        }
        Long context = null;
        String ctxText = newModelContext.value().trim();
        if (!ctxText.isEmpty()) {
            try {
                context = Long.parseLong(ctxText);
            } catch (NumberFormatException e) {
                Alerts.error(I18n.t("opt_models_context_invalid"));
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
        }, I18n.t("opt_models_added", id));
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
        }, I18n.t("opt_models_removed", modelId));
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
