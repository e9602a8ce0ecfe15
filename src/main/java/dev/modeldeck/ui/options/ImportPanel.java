package dev.modeldeck.ui.options;

import dev.modeldeck.browser.web.File;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.bulk.ImportPlan;
import dev.modeldeck.core.bulk.ImportPlanner;
import dev.modeldeck.core.bulk.ImportRejected;
import dev.modeldeck.core.edit.VaultedImport;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;

/**
 * "Import": a providers file or a list of base URLs → a preview of every change → "Apply import"
 * saves it all in one write, or "Cancel import" leaves everything as it was.
 */
final class ImportPanel {
    private final OptionsPage page;
    private final ImportPlanner planner;
    private final VaultedImport importing;
    private final El root = El.tag("section").cls("panel import-panel").role("region").hidden(true);
    private final El fileInput = El.tag("input").attr("type", "file").attr("accept", ".json,.txt,application/json,text/plain");
    private final El urls = El.tag("textarea").cls("pairs").attr("spellcheck", "false").attr("rows", "4");
    private final El preview = El.tag("section").cls("import-preview-box").role("region").hidden(true);
    private final El previewBody = El.div("");
    private final El source = El.div("hint");
    private ImportPlan plan;

    ImportPanel(OptionsPage page) {
        this.page = page;
        this.planner = new ImportPlanner(page.context().clock);
        this.importing = new VaultedImport(page.editor(), page.context().keys);
        root.label(I18n.t("opt_import_title"));
        preview.label(I18n.t("opt_import_preview_label"));
        urls.attr("placeholder", I18n.t("opt_import_urls_placeholder"));
        El previewUrls = El.button(I18n.t("opt_import_preview"));
        previewUrls.onClickAsync(this::previewPasted);
        fileInput.on("change", () -> Async.run(this::previewFile));
        El apply = El.button(I18n.t("opt_import_apply")).cls("primary");
        El cancel = El.button(I18n.t("opt_import_cancel"));
        apply.onClickAsync(this::apply);
        cancel.onClick(() -> {
            discardPlan();
            Alerts.say(I18n.t("opt_import_cancelled"));
        });
        preview.add(El.heading(3, I18n.t("opt_import_preview")), source, previewBody, El.div("form-actions").add(apply, cancel));
        El close = El.button(I18n.t("opt_import_close"));
        close.onClick(this::hide);
        root.add(El.heading(2, I18n.t("opt_import_title")),
            El.field("f-import-file", I18n.t("opt_import_file"), fileInput),
            El.div("hint").text(I18n.t("opt_import_hint")),
            El.field("f-import-urls", I18n.t("opt_import_paste_urls"), urls),
            El.div("form-actions").add(previewUrls, close),
            preview);
    }

    El element() { return root; }

    boolean isOpen() { return !root.node().isHidden(); }

    void show() {
        root.hidden(false);
        fileInput.focus();
    }

    void hide() {
        discardPlan();
        root.hidden(true);
    }

    private void discardPlan() {
        plan = null;
        preview.hidden(true);
        previewBody.clear();
    }

    private void previewFile() {
        File file = FileRead.chosen(fileInput.node());
        if (file == null) {
            return;
        }
        String name = file.getName();
        discardPlan();
        try {
            // Refuse a huge file before reading a byte of it.
            ImportPlanner.checkSize((long) file.getSize());
        } catch (ImportRejected e) {
            FileRead.clear(fileInput.node());
            Alerts.error(I18n.t("opt_import_refused", e.getMessage()));
            return;
        }
        String[] error = {null};
        String text = FileRead.text(file, error);
        FileRead.clear(fileInput.node());
        if (text == null) {
            Alerts.error(error[0] == null ? I18n.t("opt_import_read_failed", name)
                : I18n.t("opt_import_read_failed_why", name, error[0]));
            return;
        }
        makePlan(text, looksLikeUrlList(name, text), name);
    }

    private void previewPasted() {
        discardPlan();
        String text = urls.value();
        if (text.trim().isEmpty()) {
            Alerts.error(I18n.t("opt_import_paste_first"));
            urls.focus();
            return;
        }
        makePlan(text, !startsLikeJson(text), null);
    }

    /** @param fileName the chosen file's name, or null for pasted text */
    private void makePlan(String text, boolean urlList, String fileName) {
        // With the vault unlocked, the plan sees the saved secrets, so "key: kept" is true.
        Settings current = importing.base();
        try {
            plan = urlList ? planner.planUrlList(text, current) : planner.plan(text, current);
        } catch (ImportRejected e) {
            plan = null;
            Alerts.error(I18n.t("opt_import_refused", e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // The checks should refuse every hostile file first; should one slip through, it still only refuses.
            plan = null;
            Alerts.error(I18n.t("opt_import_refused", I18n.t("opt_import_unreadable")));
            return;
        }
        Alerts.clearError();
        source.text(fileName == null
            ? (urlList ? I18n.t("opt_import_source_pasted_urls") : I18n.t("opt_import_source_pasted_file"))
            : (urlList ? I18n.t("opt_import_source_file_urls", fileName) : I18n.t("opt_import_source_file_providers", fileName)));
        previewBody.replaceChildren(ImportPreview.render(plan));
        preview.hidden(false);
        Alerts.say(I18n.t("opt_import_preview_ready", ImportPreview.summary(plan)));
    }

    private void apply() {
        ImportPlan p = plan;
        if (p == null) {
            return;
        }
        if (!p.hasChanges()) {
            discardPlan();
            Alerts.say(I18n.t("opt_import_nothing"));
            return;
        }
        int adds = p.adds().size();
        int updates = p.updates().size();
        VaultedImport.Result result = importing.apply(p);
        if (!result.saved()) {
            if (result.previewAgain()) {
                discardPlan();
            }
            Alerts.error(result.refusal());
            return;
        }
        Alerts.say(I18n.plural("opt_import_done", adds, I18n.format().integer(updates)));
        discardPlan();
        urls.value("");
        page.refreshPermissionsLater();
    }

    /** A .txt file, or text whose first meaningful line is a URL rather than JSON. */
    static boolean looksLikeUrlList(String fileName, String text) {
        if (fileName != null && fileName.toLowerCase().endsWith(".txt")) {
            return true;
        }
        if (startsLikeJson(text)) {
            return false;
        }
        String first = firstMeaningfulLine(text).toLowerCase();
        return first.startsWith("http://") || first.startsWith("https://");
    }

    private static boolean startsLikeJson(String text) {
        String first = firstMeaningfulLine(text);
        return first.startsWith("{") || first.startsWith("[");
    }

    private static String firstMeaningfulLine(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(i, end).trim();
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1).trim();
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                return line;
            }
            i = end + 1;
        }
        return "";
    }
}
