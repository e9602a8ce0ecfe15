package dev.modeldeck.ui.options;

import dev.modeldeck.browser.ChromeOriginRules;
import dev.modeldeck.browser.ChromePermissions;
import dev.modeldeck.browser.PageEvents;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.HealthTracker;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderIds;
import dev.modeldeck.core.provider.ProviderValidation;
import dev.modeldeck.core.provider.ValidationResult;
import dev.modeldeck.core.store.LoadResult;
import dev.modeldeck.core.store.SaveResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.PageShell;
import dev.modeldeck.ui.shared.ShortcutsHelp;
import dev.modeldeck.ui.shared.ThemeSwitch;
import dev.modeldeck.ui.shared.UndoBar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entry point and controller of options.html: the providers list, the provider form and its panels. */
public final class OptionsPage implements ProviderListView.Listener, ProviderFormView.Listener, ProviderListView.StatusSource {
    private final AppContext ctx = new AppContext("options");
    private final Map<String, Boolean> granted = new HashMap<>();
    private final UndoBar undo = new UndoBar();
    /** How panels edit settings: through {@link #change} so every edit merges with other windows' changes. */
    private final ModelsPanel.SettingsEditor editor = new ModelsPanel.SettingsEditor() {
        @Override public boolean change(java.util.function.Function<Settings, Settings> edit, String announcement) {
            return OptionsPage.this.change(edit, announcement);
        }
        @Override public Settings settings() { return settings; }
    };
    private final ProviderListView list = new ProviderListView(this);
    private ProviderFormView form;
    private ModelsPanel models;
    private ConnectionTestView testView;
    private FallbackChainsPanel chains;
    private VaultPanel vault;
    private final El keyNotice = El.span("key-notice", "");
    private BulkToolbar bulk;
    private El readOnlyNotice;
    private El conflictBox;
    private Settings settings;
    private boolean readOnly;
    /** The stored version of the provider in the form when it was opened: a change elsewhere is detected against it. */
    private String formBaseline;

    public static void main(String[] args) {
        PageShell.localize("page_title_options");
        new OptionsPage().start();
    }

    private void start() {
        El app = PageShell.root();
        LoadResult loaded = ctx.settings.load();
        settings = loaded.settings();
        readOnly = loaded.readOnly();
        ThemeSwitch.follow(ctx, settings.theme);
        form = new ProviderFormView(this, keyStorageNote());
        models = new ModelsPanel(ctx, editor);
        chains = new FallbackChainsPanel(ctx, editor);
        testView = new ConnectionTestView(ctx, new ConnectionTestView.Fixes() {
            @Override public void permissionAnswered(String pattern, boolean ok) {
                granted.put(pattern, ok);
                renderList();
            }
            @Override public void turnOnOriginRule() { form.turnOnStripOrigin(); }
        });
        bulk = new BulkToolbar(this);
        readOnlyNotice = El.div("conflict").role("note").hidden(!readOnly);
        conflictBox = El.div("conflict").hidden(true);

        El addButton = El.button(I18n.t("opt_add_provider")).cls("primary");
        addButton.onClick(this::addProvider);
        El toolbar = El.div("toolbar").add(addButton);
        toolbar.add(bulk.element());

        vault = new VaultPanel(ctx, new VaultPanel.Host() {
            @Override public boolean change(java.util.function.Function<Settings, Settings> edit, String announcement) {
                return OptionsPage.this.change(edit, announcement);
            }
            @Override public Settings settings() { return settings; }
            @Override public void keysMoved() { OptionsPage.this.keysMoved(); }
        });
        keyNotice.text(keyStorageNote());
        El header = El.div("options-header").add(El.heading(1, "ModelDeck"), keyNotice);
        header.add(ThemeSwitch.picker(settings.theme, t -> change(s -> { s.theme = t; return s; }, null)), ShortcutsHelp.install(app, ShortcutsHelp.OPTIONS));
        El left = El.div("left-column").add(El.tag("section").cls("panel").label(I18n.t("opt_page_provider_list"))
                .add(El.heading(2, I18n.t("opt_providers")), toolbar, list.element()),
            chains.element(), vault.element());
        El right = El.div("right-column").add(bulk.panels(), conflictBox, form.element(), testView.element(), models.element());
        app.add(header, readOnlyNotice, El.div("layout").add(left, right), undo.element());

        if (loaded.status() == LoadResult.Status.RECOVERED_FROM_CORRUPT || readOnly) {
            Alerts.error(join(loaded.notices()));
        } else if (!loaded.notices().isEmpty()) {
            Alerts.say(join(loaded.notices()));
        }
        if (readOnly) {
            readOnlyNotice.text(I18n.t("opt_page_read_only_notice"));
        }
        renderList();
        bulk.restore();
        PageEvents.onStorageChange(key -> {
            if (key == null || StorageKeys.isSettings(key)) {
                Async.run(this::reloadFromStorage);
            }
        });
        Async.run(() -> {
            ctx.keys.resume();
            keysMoved();
            refreshPermissions();
            installOriginRules();
        });
        PageShell.ready(app);
    }

    Settings settings() { return settings; }
    AppContext context() { return ctx; }
    UndoBar undoBar() { return undo; }

    private String keyStorageNote() {
        return ctx.keys.storageNote();
    }

    /** Keys moved between plain storage and the vault, or the vault was locked/unlocked. */
    private void keysMoved() {
        ctx.keys.refresh();
        keyNotice.text(keyStorageNote());
        form.setKeyNote(keyStorageNote());
        vault.render();
        String editing = form.editingId();
        if (editing != null && !form.isNew() && settings.provider(editing) != null) {
            form.setKey(ctx.withKey(settings.provider(editing)).apiKey);
        }
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l);
        }
        return sb.toString();
    }

    // ---- list ----

    void renderList() {
        list.render(settings.providers, form == null ? null : form.editingId(), this);
        if (chains != null) {
            chains.render();
        }
        if (bulk != null) {
            bulk.selectionChanged(list.selected());
        }
    }

    @Override
    public List<ProviderListView.Badge> badges(ProviderConfig p) {
        List<ProviderListView.Badge> out = new ArrayList<>();
        if (needsPermission(p)) {
            out.add(new ProviderListView.Badge(I18n.t("opt_page_badge_needs_permission"), true));
        }
        // Settings that stop requests before they leave (see EndpointResolver): flagged where the user looks.
        if (p.unknownAuth != null) {
            out.add(new ProviderListView.Badge(I18n.t("opt_page_badge_unknown_auth"), true));
        } else if (dev.modeldeck.core.provider.InsecureKeyRule.blocksKey(ctx.withKey(p))) {
            out.add(new ProviderListView.Badge(I18n.t("opt_page_badge_insecure_key"), true));
        }
        String health = ctx.network.healthBadge(p);
        if (health != null) {
            // The same rule the health badge words follow: an open breaker, or failing (2 in a row or under 50%).
            HealthTracker t = ctx.network.tracker(p.id);
            boolean bad = ctx.network.breaker(p).state() == CircuitBreaker.State.OPEN
                || t.consecutiveFailures() >= 2 || Math.round(t.successRate() * 100) < 50;
            out.add(new ProviderListView.Badge(health, bad));
        }
        return out;
    }

    @Override
    public boolean needsPermission(ProviderConfig p) {
        String pattern = BaseUrlCheck.permissionPattern(p.baseUrl);
        Boolean g = pattern == null ? null : granted.get(pattern);
        return g != null && !g;
    }

    private void refreshPermissions() {
        for (ProviderConfig p : settings.providers) {
            String pattern = BaseUrlCheck.permissionPattern(p.baseUrl);
            if (pattern != null && !granted.containsKey(pattern)) {
                granted.put(pattern, ChromePermissions.contains(pattern));
            }
        }
        renderList();
    }

    /** Session rules vanish when the browser restarts, so each page re-installs them (idempotent). */
    private void installOriginRules() {
        for (ProviderConfig p : settings.providers) {
            if (p.stripOrigin && !needsPermission(p)) {
                ChromeOriginRules.install(p.id, BaseUrlCheck.check(p.baseUrl).normalized());
            }
        }
    }

    private void reloadFromStorage() {
        LoadResult loaded = ctx.settings.load();
        settings = loaded.settings();
        readOnly = loaded.readOnly();
        renderList();
        String editing = form.editingId();
        if (editing != null && !form.isNew()) {
            ProviderConfig latest = settings.provider(editing);
            if (latest == null) {
                showConflict(I18n.t("opt_page_conflict_deleted"), null);
            } else if (!latest.toJson(true).toString().equals(formBaseline)) {
                showConflict(I18n.t("opt_page_conflict_changed"), latest);
            }
        }
        Alerts.say(I18n.t("opt_page_settings_reloaded"));
        Async.run(this::refreshPermissions);
    }

    private void showConflict(String message, ProviderConfig theirs) {
        conflictBox.clear().hidden(false);
        conflictBox.add(El.div("").text(message + " " + I18n.t("opt_page_conflict_edits_kept")));
        if (theirs != null) {
            El load = El.button(I18n.t("opt_page_conflict_load_theirs"));
            load.onClick(() -> {
                conflictBox.hidden(true);
                openForm(theirs, false);
            });
            El keep = El.button(I18n.t("opt_page_conflict_keep_mine"));
            keep.onClick(() -> {
                conflictBox.hidden(true);
                formBaseline = theirs.toJson(true).toString();
            });
            conflictBox.add(El.div("row").add(keep, load));
        }
    }

    @Override public void edit(String id) {
        ProviderConfig p = settings.provider(id);
        if (p != null) {
            openForm(p, false);
        }
    }

    private void openForm(ProviderConfig p, boolean creating) {
        undo.settle();
        conflictBox.hidden(true);
        formBaseline = creating ? null : p.toJson(true).toString();
        form.open(ctx.withKey(p), creating);
        testView.reset();
        renderList();
        if (creating) {
            models.hide();
        } else {
            models.show(p);
        }
    }

    private void addProvider() {
        if (refuseReadOnly()) {
            return;
        }
        ProviderConfig p = Presets.CUSTOM.newConfig(ProviderIds.newId(ctx.clock, ids()), names(null));
        p.name = "";
        openForm(p, true);
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (ProviderConfig p : settings.providers) {
            ids.add(p.id);
        }
        return ids;
    }

    private List<String> names(String exceptId) {
        List<String> names = new ArrayList<>();
        for (ProviderConfig p : settings.providers) {
            if (!p.id.equals(exceptId)) {
                names.add(p.name);
            }
        }
        return names;
    }

    private boolean refuseReadOnly() {
        if (readOnly) {
            Alerts.error(I18n.t("opt_page_read_only_refusal"));
        }
        return readOnly;
    }

    @Override public void setEnabled(String id, boolean enabled) {
        change(s -> {
            ProviderConfig p = s.provider(id);
            if (p != null) {
                p.enabled = enabled;
            }
            return s;
        }, enabled ? I18n.t("opt_page_enabled", nameOf(id)) : I18n.t("opt_page_disabled", nameOf(id)));
    }

    @Override public void move(String id, int delta) {
        change(s -> {
            for (int i = 0; i < s.providers.size(); i++) {
                if (s.providers.get(i).id.equals(id)) {
                    int j = i + delta;
                    if (j >= 0 && j < s.providers.size()) {
                        ProviderConfig p = s.providers.remove(i);
                        s.providers.add(j, p);
                    }
                    break;
                }
            }
            return s;
        }, I18n.t("opt_page_moved", nameOf(id)));
    }

    @Override public void duplicate(String id) {
        ProviderConfig source = settings.provider(id);
        if (source == null || refuseReadOnly()) {
            return;
        }
        ProviderConfig copy = source.copy();
        copy.id = ProviderIds.newId(ctx.clock, ids());
        copy.name = ProviderIds.uniqueName(I18n.t("opt_page_copy_name", source.name), names(null));
        change(s -> {
            int at = indexOf(s, id);
            s.providers.add(at < 0 ? s.providers.size() : at + 1, copy);
            return s;
        }, I18n.t("opt_page_duplicated", source.name, copy.name));
    }

    @Override public void delete(String id) {
        ProviderConfig victim = settings.provider(id);
        if (victim == null || refuseReadOnly()) {
            return;
        }
        int[] position = {indexOf(settings, id)};
        boolean ok = change(s -> {
            position[0] = indexOf(s, id);
            s.providers.removeIf(p -> p.id.equals(id));
            return s;
        }, null);
        if (!ok) {
            return;
        }
        if (id.equals(form.editingId())) {
            form.close();
            models.hide();
            testView.reset();
        }
        undo.offer(I18n.t("opt_page_deleted_undo", victim.name), () -> {
            change(s -> {
                if (s.provider(id) == null) {
                    s.providers.add(Math.min(Math.max(position[0], 0), s.providers.size()), victim);
                }
                return s;
            }, I18n.t("opt_page_restored", victim.name));
        }, () -> ctx.network.forget(victim, settings.providers));
        Alerts.say(I18n.t("opt_page_deleted", victim.name));
    }

    private static int indexOf(Settings s, String id) {
        for (int i = 0; i < s.providers.size(); i++) {
            if (s.providers.get(i).id.equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private String nameOf(String id) {
        ProviderConfig p = settings.provider(id);
        return p == null ? I18n.t("opt_page_provider_fallback") : p.name;
    }

    @Override public void grantPermission(String id) {
        ProviderConfig p = settings.provider(id);
        String pattern = p == null ? null : BaseUrlCheck.permissionPattern(p.baseUrl);
        if (pattern == null) {
            return;
        }
        ChromePermissions.request(pattern, ok -> {
            granted.put(pattern, ok);
            renderList();
            Alerts.say(ok ? I18n.t("opt_page_access_granted", p.name) : I18n.t("opt_access_not_granted", p.name));
        });
    }

    @Override public void selectionChanged(Set<String> selected) {
        bulk.selectionChanged(selected);
    }

    Set<String> selectedIds() { return list.selected(); }

    void selectAll() {
        list.selectAll(settings.providers);
        renderList();
    }

    void clearSelection() {
        list.selected().clear();
        renderList();
    }

    /** After a bulk delete: the form, models and test of a deleted provider close. */
    void providersRemoved(Set<String> ids) {
        String editing = form.editingId();
        if (editing != null && ids.contains(editing)) {
            form.close();
            models.hide();
            testView.reset();
            renderList();
        }
    }

    /** New origins (an import) may need the host permission: check again so the list offers "Grant access". */
    void refreshPermissionsLater() { Async.run(this::refreshPermissions); }

    /**
     * Applies an edit to the latest stored settings (other windows' changes are kept) and saves.
     * Returns whether it was saved; failures are shown in the alert region and change nothing.
     */
    boolean change(java.util.function.Function<Settings, Settings> edit, String announcement) {
        if (refuseReadOnly()) {
            return false;
        }
        SaveResult r = ctx.settings.applyChange(edit);
        if (!r.saved()) {
            Alerts.error(r.message() == null ? I18n.t("opt_page_change_not_saved") : r.message());
            return false;
        }
        settings = r.settings();
        renderList();
        if (announcement != null) {
            Alerts.say(announcement);
        }
        return true;
    }

    // ---- form ----

    @Override
    public void save(ProviderConfig draft) {
        if (refuseReadOnly()) {
            return;
        }
        Alerts.clearError();
        List<ProviderConfig> others = new ArrayList<>(settings.providers);
        others.removeIf(p -> p.id.equals(draft.id));
        ValidationResult v = dev.modeldeck.core.provider.InsecureKeyRule.apply(draft, ProviderValidation.validate(draft, others));
        String firstError = form.showValidation(v);
        if (firstError != null || !v.canSave()) {
            Alerts.error(firstError == null ? I18n.t("opt_page_not_saved_fields") : I18n.t("opt_page_not_saved", firstError));
            return;
        }
        draft.baseUrl = v.normalizedBaseUrl();
        // The permission prompt needs this click's user gesture: ask before anything waits. Saving never waits for the answer.
        String pattern = BaseUrlCheck.permissionPattern(draft.baseUrl);
        if (pattern != null && !Boolean.TRUE.equals(granted.get(pattern))) {
            ChromePermissions.request(pattern, ok -> {
                granted.put(pattern, ok);
                renderList();
                if (ok && draft.stripOrigin) {
                    Async.run(() -> ChromeOriginRules.install(draft.id, draft.baseUrl));
                }
            });
        }
        Async.run(() -> finishSave(draft, pattern));
    }

    private void finishSave(ProviderConfig draft, String pattern) {
        ProviderConfig stored = settings.provider(draft.id);
        LoadResult latest = ctx.settings.load();
        ProviderConfig latestStored = latest.settings().provider(draft.id);
        if (!form.isNew() && formBaseline != null && latestStored != null
                && !latestStored.toJson(true).toString().equals(formBaseline)) {
            settings = latest.settings();
            showConflict(I18n.t("opt_page_conflict_not_saved"), latestStored);
            Alerts.error(I18n.t("opt_page_conflict_not_saved_alert"));
            return;
        }
        boolean creating = form.isNew();
        if (ctx.keys.vaultEnabled() && draft.authStyle != dev.modeldeck.core.provider.AuthStyle.NONE) {
            if (ctx.keys.locked()) {
                Alerts.error(I18n.t("opt_page_not_saved_locked"));
                return;
            }
            try {
                // The key goes into the vault; the settings document keeps none.
                ctx.keys.vault().put(draft.id, draft.apiKey);
                ctx.keys.refresh();
            } catch (dev.modeldeck.core.security.VaultException e) {
                Alerts.error(I18n.t("opt_page_not_saved", e.getMessage()));
                return;
            }
            draft.apiKey = "";
        }
        boolean ok = change(s -> {
            int at = indexOf(s, draft.id);
            if (at >= 0) {
                s.providers.set(at, draft);
            } else {
                s.providers.add(draft);
            }
            return s;
        }, creating ? I18n.t("opt_page_added", draft.name) : I18n.t("opt_page_saved", draft.name));
        if (!ok) {
            return;
        }
        if (stored != null && !sameEndpoint(stored, draft)) {
            ctx.discovery.cache().invalidate(draft.id);
        }
        if (pattern != null && !granted.containsKey(pattern)) {
            granted.put(pattern, ChromePermissions.contains(pattern));
        }
        if (draft.stripOrigin && !needsPermission(draft)) {
            String problem = ChromeOriginRules.install(draft.id, draft.baseUrl);
            if (problem != null) {
                Alerts.error(I18n.t("opt_page_origin_rule_failed", problem));
            }
        } else if (stored != null && stored.stripOrigin && !draft.stripOrigin) {
            ChromeOriginRules.uninstall(draft.id);
        }
        openForm(settings.provider(draft.id), false);
        if (needsPermission(draft)) {
            Alerts.error(I18n.t("opt_page_saved_needs_permission", pattern, I18n.t("opt_grant_access")));
        }
    }

    private static boolean sameEndpoint(ProviderConfig a, ProviderConfig b) {
        return a.baseUrl.equals(b.baseUrl) && a.authStyle == b.authStyle && a.apiKey.equals(b.apiKey)
            && a.headerName.equals(b.headerName);
    }

    @Override public void test(ProviderConfig draft) {
        testView.run(draft, settings.provider(draft.id) != null);
    }

    @Override public void cancel() {
        form.close();
        conflictBox.hidden(true);
        models.hide();
        testView.reset();
        renderList();
    }

    @Override public void credentialsEdited(ProviderConfig draft) {
        models.previewWhileTyping(draft, form);
    }
}
