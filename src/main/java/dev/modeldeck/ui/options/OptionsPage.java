package dev.modeldeck.ui.options;

import dev.modeldeck.core.edit.HostAccess;
import dev.modeldeck.core.edit.ProviderSaveOutcome;
import dev.modeldeck.core.edit.ProviderSaveService;
import dev.modeldeck.core.edit.SettingsEditor;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.HealthTracker;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.InsecureKeyRule;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderIds;
import dev.modeldeck.core.provider.ValidationResult;
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
import dev.modeldeck.ui.shared.UndoBar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Entry point and controller of options.html: the providers list, the provider form and its panels. */
public final class OptionsPage implements ProviderListView.Listener, ProviderFormView.Listener, ProviderListView.StatusSource {
    private final AppContext ctx = new AppContext("options");
    private final HostAccess access = new HostAccess(new BrowserHostPermissions(ctx.browser));
    private final UndoBar undo = new UndoBar();
    /** Every panel edits settings through this one editor, so each edit merges with other windows' changes. */
    private final SettingsEditor editor = new SettingsEditor(ctx.settings, new AlertsFeedback(this::renderList));
    private final ProviderSaveService saving = new ProviderSaveService(editor, ctx.keys, access, new BrowserOriginRules(ctx.browser), ctx.discovery.cache());
    private final ProviderListView list = new ProviderListView(this);
    private ProviderFormView form;
    private ModelsPanel models;
    private ConnectionTestView testView;
    private FallbackChainsPanel chains;
    private VaultPanel vault;
    private StoragePanel storage;
    private final El keyNotice = El.span("key-notice", "");
    private BulkToolbar bulk;
    private El readOnlyNotice;
    private final ConflictNotice conflict = new ConflictNotice();
    /** The stored version of the provider in the form when it was opened: a change elsewhere is detected against it. */
    private String formBaseline;

    public static void main(String[] args) {
        PageShell.localize("page_title_options");
        new OptionsPage().start();
    }

    private void start() {
        El app = PageShell.root();
        LoadResult loaded = editor.load();
        ThemeSwitch.follow(ctx, editor.settings().theme);
        form = new ProviderFormView(this, keyStorageNote());
        models = new ModelsPanel(ctx, editor);
        chains = new FallbackChainsPanel(ctx, editor);
        testView = new ConnectionTestView(ctx, new ConnectionTestView.Fixes() {
            @Override public void permissionAnswered(String pattern, boolean ok) {
                access.remember(pattern, ok);
                renderList();
            }
            @Override public void turnOnOriginRule() { form.turnOnStripOrigin(); }
        });
        bulk = new BulkToolbar(this);
        readOnlyNotice = El.div("conflict").role("note").hidden(!editor.readOnly());

        El addButton = El.button(I18n.t("opt_add_provider")).cls("primary");
        addButton.onClick(this::addProvider);
        El toolbar = El.div("toolbar").add(addButton);
        toolbar.add(bulk.element());

        vault = new VaultPanel(ctx, editor, this::keysMoved);
        storage = new StoragePanel(ctx);
        keyNotice.text(keyStorageNote());
        El header = El.div("options-header").add(El.heading(1, "ModelDeck"), keyNotice);
        header.add(ThemeSwitch.picker(editor.settings().theme, t -> editor.change(s -> { s.theme = t; return s; }, null)), ShortcutsHelp.install(app, ShortcutsHelp.OPTIONS));
        El left = El.div("left-column").add(El.tag("section").cls("panel").label(I18n.t("opt_page_provider_list"))
                .add(El.heading(2, I18n.t("opt_providers")), toolbar, list.element()),
            chains.element(), vault.element(), storage.element());
        El right = El.div("right-column").add(bulk.panels(), conflict.element(), form.element(), testView.element(), models.element());
        app.add(header, readOnlyNotice, El.div("layout").add(left, right), undo.element());

        if (loaded.status() == LoadResult.Status.RECOVERED_FROM_CORRUPT || editor.readOnly()) {
            Alerts.error(String.join(" ", loaded.notices()));
        } else if (!loaded.notices().isEmpty()) {
            Alerts.say(String.join(" ", loaded.notices()));
        }
        if (editor.readOnly()) {
            readOnlyNotice.text(I18n.t("opt_page_read_only_notice"));
        }
        renderList();
        bulk.restore();
        storage.measure();
        ctx.browser.onStorageChange(key -> {
            if (key == null || StorageKeys.isSettings(key)) {
                Async.run(this::reloadFromStorage);
            }
        });
        ctx.keys.follow(ctx.browser, this::keysMoved);
        Async.run(() -> {
            ctx.keys.resume();
            List<String> moved = ctx.moveSecretsIntoVault();
            if (!moved.isEmpty()) {
                Alerts.say(String.join(" ", moved));
            }
            keysMoved();
            refreshPermissions();
            saving.restoreOriginRules();
        });
        PageShell.ready(app);
    }

    SettingsEditor editor() { return editor; }
    AppContext context() { return ctx; }
    UndoBar undoBar() { return undo; }

    private String keyStorageNote() {
        return ctx.keys.storageNote();
    }

    /** Keys moved between plain storage and the vault, or the vault was locked/unlocked. */
    private void keysMoved() {
        ctx.keys.refresh();
        ctx.keys.tidy(editor.settings().providers);
        keyNotice.text(keyStorageNote());
        form.setKeyNote(keyStorageNote());
        vault.render();
        // Lock is immediate: decrypted secrets leave the open form; an unlock fills them in again.
        if (ctx.keys.locked()) {
            form.forgetSecrets();
        } else if (ctx.keys.vaultEnabled()) {
            form.fillSecrets(ctx.keys.secrets());
        }
    }

    // ---- list ----

    void renderList() {
        list.render(editor.settings().providers, form == null ? null : form.editingId(), this);
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
        } else if (InsecureKeyRule.blocksKey(ctx.withKey(p))) {
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

    @Override public boolean needsPermission(ProviderConfig p) { return access.refused(p); }

    private void refreshPermissions() {
        access.checkAll(editor.settings().providers);
        renderList();
    }

    private void reloadFromStorage() {
        editor.load();
        renderList();
        String editing = form.editingId();
        if (editing != null && !form.isNew()) {
            ProviderConfig latest = editor.settings().provider(editing);
            if (latest == null) {
                showConflict(I18n.t("opt_page_conflict_deleted"), null);
            } else if (!latest.snapshot().equals(formBaseline)) {
                showConflict(I18n.t("opt_page_conflict_changed"), latest);
            }
        }
        Alerts.say(I18n.t("opt_page_settings_reloaded"));
        Async.run(this::refreshPermissions);
    }

    private void showConflict(String message, ProviderConfig theirs) {
        conflict.show(message, theirs, kept -> formBaseline = kept.snapshot(), loaded -> openForm(loaded, false));
    }

    @Override public void edit(String id) {
        ProviderConfig p = editor.settings().provider(id);
        if (p != null) {
            openForm(p, false);
        }
    }

    private void openForm(ProviderConfig p, boolean creating) {
        undo.settle();
        conflict.hide();
        formBaseline = creating ? null : p.snapshot();
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
        if (editor.refuseReadOnly()) {
            return;
        }
        Settings s = editor.settings();
        ProviderConfig p = Presets.CUSTOM.newConfig(ProviderIds.newId(ctx.clock, s.providerIds()), s.providerNames());
        p.name = "";
        openForm(p, true);
    }

    @Override public void setEnabled(String id, boolean enabled) {
        String name = nameOf(id);
        editor.change(s -> {
            s.setProviderEnabled(id, enabled);
            return s;
        }, enabled ? I18n.t("opt_page_enabled", name) : I18n.t("opt_page_disabled", name));
    }

    @Override public void move(String id, int delta) {
        editor.change(s -> {
            s.moveProvider(id, delta);
            return s;
        }, I18n.t("opt_page_moved", nameOf(id)));
    }

    @Override public void duplicate(String id) {
        Settings current = editor.settings();
        ProviderConfig source = current.provider(id);
        if (source == null || editor.refuseReadOnly()) {
            return;
        }
        ProviderConfig copy = source.copy();
        copy.id = ProviderIds.newId(ctx.clock, current.providerIds());
        copy.name = ProviderIds.uniqueName(I18n.t("opt_page_copy_name", source.name), current.providerNames());
        editor.change(s -> {
            s.insertProviderAfter(id, copy);
            return s;
        }, I18n.t("opt_page_duplicated", source.name, copy.name));
    }

    @Override public void delete(String id) {
        ProviderConfig victim = editor.settings().provider(id);
        if (victim == null || editor.refuseReadOnly()) {
            return;
        }
        int[] position = {editor.settings().indexOf(id)};
        boolean ok = editor.change(s -> {
            position[0] = s.removeProvider(id);
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
        undo.offer(I18n.t("opt_page_deleted_undo", victim.name), () -> editor.change(s -> {
            s.restoreProvider(victim, position[0]);
            return s;
        }, I18n.t("opt_page_restored", victim.name)), () -> ctx.forget(victim, editor.settings().providers));
        Alerts.say(I18n.t("opt_page_deleted", victim.name));
    }

    private String nameOf(String id) {
        ProviderConfig p = editor.settings().provider(id);
        return p == null ? I18n.t("opt_page_provider_fallback") : p.name;
    }

    @Override public void grantPermission(String id) {
        ProviderConfig p = editor.settings().provider(id);
        String pattern = p == null ? null : BaseUrlCheck.permissionPattern(p.baseUrl);
        if (pattern == null) {
            return;
        }
        access.request(pattern, ok -> {
            renderList();
            Alerts.say(ok ? I18n.t("opt_page_access_granted", p.name) : I18n.t("opt_access_not_granted", p.name));
        });
    }

    @Override public void selectionChanged(Set<String> selected) {
        bulk.selectionChanged(selected);
    }

    Set<String> selectedIds() { return list.selected(); }

    void selectAll() {
        list.selectAll(editor.settings().providers);
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

    // ---- form ----

    @Override
    public void save(ProviderConfig draft) {
        if (editor.refuseReadOnly()) {
            return;
        }
        Alerts.clearError();
        ValidationResult v = saving.validate(draft);
        String firstError = form.showValidation(v);
        if (firstError != null || !v.canSave()) {
            Alerts.error(firstError == null ? I18n.t("opt_page_not_saved_fields") : I18n.t("opt_page_not_saved", firstError));
            return;
        }
        draft.baseUrl = v.normalizedBaseUrl();
        // The permission prompt needs this click's user gesture: ask before anything waits. Saving never waits for the answer.
        saving.requestAccess(draft, this::renderList);
        Async.run(() -> show(saving.save(draft, formBaseline, form.isNew())));
    }

    private void show(ProviderSaveOutcome outcome) {
        if (outcome instanceof ProviderSaveOutcome.Conflict clash) {
            showConflict(I18n.t("opt_page_conflict_not_saved"), clash.theirs());
            Alerts.error(I18n.t("opt_page_conflict_not_saved_alert"));
        } else if (outcome instanceof ProviderSaveOutcome.Refused refused) {
            Alerts.error(refused.reason());
        } else if (outcome instanceof ProviderSaveOutcome.Saved saved) {
            Alerts.say(saved.announcement());
            openForm(saved.provider(), false);
            if (saved.problem() != null) {
                Alerts.error(saved.problem());
            }
        }
    }

    @Override public void test(ProviderConfig draft) {
        testView.run(draft, editor.settings().provider(draft.id) != null);
    }

    @Override public void cancel() {
        form.close();
        conflict.hide();
        models.hide();
        testView.reset();
        renderList();
    }

    @Override public void credentialsEdited(ProviderConfig draft) {
        models.previewWhileTyping(draft, form);
    }
}
