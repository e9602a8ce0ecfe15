package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.bulk.ExportKeyAccess;
import dev.modeldeck.core.bulk.ProviderExport;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Dialogs;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import java.util.Set;
import java.util.function.Supplier;

/** "Export": which providers, whether keys go in (off by default, with a warning), then a download. */
final class ExportDialog {
    private final AppContext ctx;
    private final Supplier<Settings> settings;
    private final Supplier<Set<String>> selection;
    private final El dialog = El.tag("dialog").cls("panel export-dialog").attr("aria-labelledby", "export-title");
    private final El all = radio("export-all");
    private final El selected = radio("export-selected");
    private final El allLabel = El.tag("label").attr("for", "export-all");
    private final El selectedLabel = El.tag("label").attr("for", "export-selected");
    private final El includeKeys = El.tag("input").attr("type", "checkbox").id("export-keys");
    private final El keyWarning = El.div("field-warning").role("note").hidden(true);
    private final El keysLocked = El.div("field-warning").role("note").id("export-keys-locked").hidden(true);

    ExportDialog(AppContext ctx, Supplier<Settings> settings, Supplier<Set<String>> selection) {
        this.ctx = ctx;
        this.settings = settings;
        this.selection = selection;
        keyWarning.text(I18n.t("opt_export_key_warning"));
        includeKeys.on("change", () -> keyWarning.hidden(!includeKeys.checked()));
        El download = El.button(I18n.t("opt_export_download")).cls("primary");
        El close = El.button(I18n.t("opt_export_close"));
        download.onClick(this::download);
        close.onClick(this::close);
        dialog.add(El.heading(2, I18n.t("opt_export_title")).id("export-title"),
            El.tag("fieldset").add(El.tag("legend").text(I18n.t("opt_export_which")),
                El.div("field inline").add(all, allLabel),
                El.div("field inline").add(selected, selectedLabel)),
            El.div("field inline").add(includeKeys, El.tag("label").attr("for", "export-keys").text(I18n.t("opt_export_include_keys"))),
            keyWarning,
            keysLocked,
            El.div("hint").text(I18n.t("opt_export_never_exported")),
            El.div("form-actions").add(download, close));
    }

    private static El radio(String id) {
        return El.tag("input").attr("type", "radio").attr("name", "export-scope").id(id);
    }

    El element() { return dialog; }

    void open() {
        int total = settings.get().providers.size();
        int chosen = selection.get().size();
        allLabel.text(I18n.t("opt_export_all", I18n.format().integer(total)));
        selectedLabel.text(I18n.t("opt_export_selected", I18n.format().integer(chosen)));
        selected.disabled(chosen == 0);
        selected.checked(chosen > 0);
        all.checked(chosen == 0);
        includeKeys.checked(false);
        keyWarning.hidden(true);
        // Keys in a locked vault cannot go into the file: say so, and offer no choice that would do nothing.
        ExportKeyAccess access = keyAccess();
        includeKeys.disabled(!access.canInclude());
        keysLocked.text(access.note() == null ? "" : access.note()).hidden(access.note() == null);
        includeKeys.attr("aria-describedby", access.note() == null ? null : "export-keys-locked");
        Dialogs.showModal(dialog);
    }

    private ExportKeyAccess keyAccess() {
        return ExportKeyAccess.of(ctx.keys.vaultEnabled(), ctx.keys.locked());
    }

    void close() { Dialogs.close(dialog); }

    private void download() {
        Settings s = settings.get();
        Set<String> ids = selected.checked() ? selection.get() : null;
        ExportKeyAccess access = keyAccess();
        boolean keys = includeKeys.checked() && access.canInclude();
        int count = ids == null ? s.providers.size() : ids.size();
        if (count == 0) {
            Alerts.error(I18n.t("opt_export_nothing"));
            return;
        }
        ProviderExport export = new ProviderExport(ctx.clock);
        // With the vault on, stored settings hold no keys: they come from the unlocked vault instead.
        JsonObject doc = export.export(s, ids, keys, null, access == ExportKeyAccess.VAULT_UNLOCKED ? ctx.keys::withKey : null);
        String file = export.suggestedFileName();
        FileDownload.save(ProviderExport.text(doc), file, "application/json");
        close();
        String done = keys ? I18n.plural("opt_export_done_with_keys", count, file)
            : I18n.plural("opt_export_done_without_keys", count, file);
        Alerts.say(ProviderExport.leftOutSecretValues(doc) ? done + " " + I18n.t("opt_export_secret_values_left_out") : done);
    }
}
