package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.bulk.BulkActions;
import dev.modeldeck.core.bulk.BulkResult;
import dev.modeldeck.core.bulk.UndoSnapshot;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.EscapeKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The toolbar over the provider list: Test all, Export, Import, and actions on the selected
 * providers. Each bulk change is one atomic settings write with a single Undo for all of it.
 */
final class BulkToolbar {
    private final OptionsPage page;
    private final El root = El.div("bulk");
    private final El count = El.span("muted bulk-count", "");
    private final List<El> needSelection = new ArrayList<>();
    private final El importButton;
    private final TestAllView testAll;
    private final ExportDialog export;
    private final ImportPanel importPanel;
    private final El panels;

    BulkToolbar(OptionsPage page) {
        this.page = page;
        this.importButton = El.button(I18n.t("opt_bulk_import"));
        this.testAll = new TestAllView(page.context());
        this.export = new ExportDialog(page.context(), page.editor()::settings, page::selectedIds);
        this.importPanel = new ImportPanel(page);
        this.panels = El.div("bulk-panels").add(testAll.element(), importPanel.element(), export.element());

        El testAllButton = El.button(I18n.t("opt_bulk_test_all"));
        testAllButton.onClick(() -> testAll.run(enabledProviders(), I18n.t("opt_bulk_none_enabled")));
        El exportButton = El.button(I18n.t("opt_bulk_export"));
        exportButton.onClick(export::open);
        importButton.attr("aria-expanded", "false");
        importButton.onClick(() -> {
            if (importPanel.isOpen()) {
                importPanel.hide();
            } else {
                importPanel.show();
            }
            importButton.attr("aria-expanded", importPanel.isOpen() ? "true" : "false");
        });

        EscapeKey.closes(importPanel.element(), () -> {
            importPanel.hide();
            importButton.attr("aria-expanded", "false").focus();
        });

        El selectAll = El.button(I18n.t("opt_bulk_select_all"));
        selectAll.onClick(page::selectAll);
        El group = El.div("toolbar bulk-actions").role("group").label(I18n.t("opt_bulk_selected_group")).add(selectAll,
            selectionButton(I18n.t("opt_bulk_clear_selection"), page::clearSelection),
            selectionButton(I18n.t("opt_bulk_enable_selected"), () -> setEnabled(true)),
            selectionButton(I18n.t("opt_bulk_disable_selected"), () -> setEnabled(false)),
            selectionButton(I18n.t("opt_bulk_test_selected"), () -> testAll.run(selectedProviders(), I18n.t("opt_bulk_none_selected"))),
            selectionButton(I18n.t("opt_bulk_clear_model_cache"), this::clearModelCache),
            selectionButton(I18n.t("opt_bulk_delete_selected"), this::deleteSelected).cls("danger"),
            count);
        root.add(El.div("toolbar").add(testAllButton, exportButton, importButton), group);
        selectionChanged(new HashSet<>());
    }

    private El selectionButton(String label, Runnable action) {
        El b = El.button(label);
        b.onClick(action);
        needSelection.add(b);
        return b;
    }

    El element() { return root; }

    /** The results table, the import panel and the export dialog (placed next to the form). */
    El panels() { return panels; }

    /** Shows the last "Test all" table again, if one was kept. */
    void restore() { testAll.restore(); }

    void selectionChanged(Set<String> selected) {
        int n = selected.size();
        for (El b : needSelection) {
            b.disabled(n == 0);
        }
        count.text(n == 0 ? I18n.t("opt_bulk_none_selected_count") : I18n.t("opt_bulk_selected_count", I18n.format().integer(n)));
    }

    private List<ProviderConfig> enabledProviders() { return page.editor().settings().enabledProviders(); }

    private List<ProviderConfig> selectedProviders() { return page.editor().settings().providersIn(page.selectedIds()); }

    private void setEnabled(boolean enabled) {
        Set<String> ids = new HashSet<>(page.selectedIds());
        applyWithUndo(s -> BulkActions.setEnabled(s, ids, enabled), enabled ? Verb.ENABLED : Verb.DISABLED, cur -> {
            for (ProviderConfig p : cur.providers) {
                if (ids.contains(p.id)) {
                    p.enabled = !enabled;
                }
            }
            return cur;
        }, null);
    }

    private void deleteSelected() {
        Set<String> ids = new HashSet<>(page.selectedIds());
        List<ProviderConfig> victims = new ArrayList<>();
        for (ProviderConfig p : page.editor().settings().providersIn(ids)) {
            victims.add(p.copy());
        }
        boolean done = applyWithUndo(s -> BulkActions.delete(s, ids), Verb.DELETED, cur -> {
            // The others changed meanwhile: put back only what is missing, keeping their changes.
            for (ProviderConfig v : victims) {
                if (cur.provider(v.id) == null) {
                    cur.providers.add(v.copy());
                }
            }
            return cur;
        }, () -> {
            for (ProviderConfig v : victims) {
                page.context().forget(v, page.editor().settings().providers);
            }
        });
        if (done) {
            page.providersRemoved(ids);
        }
    }

    /**
     * Runs a bulk action as one save and offers one Undo for all of it. {@code fallback} undoes it gently
     * when the settings changed since (another window), so that change is not lost.
     */
    private enum Verb { ENABLED, DISABLED, DELETED }

    private boolean applyWithUndo(Function<Settings, BulkResult> action, Verb verb,
                                  Function<Settings, Settings> fallback, Runnable onFinal) {
        BulkResult[] result = {null};
        boolean saved = page.editor().change(s -> {
            result[0] = action.apply(s);
            return result[0].settings();
        }, null);
        if (!saved || result[0] == null) {
            return false;
        }
        int n = result[0].changed();
        if (n == 0) {
            Alerts.say(verb == Verb.ENABLED ? I18n.t("opt_bulk_already_enabled")
                : verb == Verb.DISABLED ? I18n.t("opt_bulk_already_disabled") : I18n.t("opt_bulk_already_deleted"));
            return false;
        }
        UndoSnapshot snapshot = result[0].undo();
        String done = verb == Verb.ENABLED ? I18n.plural("opt_bulk_enabled", n)
            : verb == Verb.DISABLED ? I18n.plural("opt_bulk_disabled", n) : I18n.plural("opt_bulk_deleted", n);
        page.undoBar().offer(done, () -> page.editor().change(
            cur -> snapshot.canUndo(cur) ? snapshot.restore(cur) : fallback.apply(cur),
            I18n.plural("opt_bulk_restored", n)), onFinal);
        Alerts.say(I18n.t("opt_bulk_undo_available", done));
        return true;
    }

    private void clearModelCache() {
        List<ProviderConfig> chosen = selectedProviders();
        for (ProviderConfig p : chosen) {
            page.context().discovery.cache().invalidate(p.id);
        }
        Alerts.say(I18n.plural("opt_bulk_cache_cleared", chosen.size()));
    }
}
