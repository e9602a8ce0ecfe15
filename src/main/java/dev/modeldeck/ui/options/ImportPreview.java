package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.bulk.ImportConflict;
import dev.modeldeck.core.bulk.ImportPlan;
import dev.modeldeck.core.bulk.InvalidLine;
import dev.modeldeck.core.bulk.MatchedBy;
import dev.modeldeck.core.bulk.PlannedProvider;
import dev.modeldeck.ui.dom.El;
import java.util.List;

/** Renders an import plan as text: what will be added, updated, skipped, renamed, and which lines were not read. */
final class ImportPreview {
    private ImportPreview() { }

    /** "3 to add, 1 to update, 2 skipped" (and conflicts and unread lines when there are any). */
    static String summary(ImportPlan plan) {
        String sep = I18n.t("opt_import_list_separator");
        StringBuilder sb = new StringBuilder();
        sb.append(I18n.t("opt_import_count_add", count(plan.adds().size()))).append(sep)
          .append(I18n.t("opt_import_count_update", count(plan.updates().size()))).append(sep)
          .append(I18n.t("opt_import_count_skipped", count(plan.skips().size())));
        if (!plan.conflicts().isEmpty()) {
            sb.append(sep).append(I18n.plural("opt_import_count_conflicts", plan.conflicts().size()));
        }
        if (!plan.invalidLines().isEmpty()) {
            sb.append(sep).append(I18n.plural("opt_import_count_unread_lines", plan.invalidLines().size()));
        }
        return I18n.t("opt_import_summary", sb.toString());
    }

    static El render(ImportPlan plan) {
        El box = El.div("import-preview");
        box.add(El.tag("p").cls("import-summary").text(summary(plan)));
        if (plan.includesKeys()) {
            box.add(El.div("field-warning").text(I18n.t("opt_import_includes_keys")));
        }
        section(box, I18n.t("opt_import_to_add"), plan.adds(), ImportPreview::addLine);
        section(box, I18n.t("opt_import_to_update"), plan.updates(), ImportPreview::updateLine);
        section(box, I18n.t("opt_import_skipped"), plan.skips(),
            p -> I18n.t("opt_import_skip_line", p.label(), p.name(), p.skipMessage()));
        if (!plan.conflicts().isEmpty()) {
            String title = I18n.t("opt_import_conflicts");
            El ul = list(title);
            for (PlannedProvider p : plan.conflicts()) {
                for (ImportConflict c : p.conflicts()) {
                    ul.add(El.tag("li").text(I18n.t("opt_import_conflict_line", p.label(), c.message())));
                }
            }
            box.add(El.heading(3, title), ul);
        }
        if (!plan.invalidLines().isEmpty()) {
            String title = I18n.t("opt_import_lines_not_read");
            El ul = list(title);
            for (InvalidLine l : plan.invalidLines()) {
                String number = count(l.lineNumber());
                ul.add(El.tag("li").text(l.suggestion() == null
                    ? I18n.t("opt_import_invalid_line", number, l.text(), l.message())
                    : I18n.t("opt_import_invalid_line_suggestion", number, l.text(), l.message(), l.suggestion())));
            }
            box.add(El.heading(3, title), ul);
        }
        if (!plan.hasChanges()) {
            box.add(El.tag("p").cls("muted").text(I18n.t("opt_import_nothing_would_change")));
        }
        return box;
    }

    private interface Describe {
        String line(PlannedProvider p);
    }

    private static void section(El box, String title, List<PlannedProvider> items, Describe describe) {
        if (items.isEmpty()) {
            return;
        }
        El ul = list(title);
        for (PlannedProvider p : items) {
            ul.add(El.tag("li").text(describe.line(p)));
        }
        box.add(El.heading(3, I18n.t("opt_import_section_count", title, count(items.size()))), ul);
    }

    private static El list(String label) { return El.tag("ul").cls("import-items").label(label); }

    private static String addLine(PlannedProvider p) {
        return p.needsKey() ? I18n.t("opt_import_add_line_needs_key", p.name(), p.baseUrl(), p.keyChange().label())
            : I18n.t("opt_import_add_line", p.name(), p.baseUrl(), p.keyChange().label());
    }

    private static String updateLine(PlannedProvider p) {
        String names = p.name().equals(p.targetName()) ? I18n.t("opt_import_name", p.targetName())
            : I18n.t("opt_import_renamed", p.targetName(), p.name());
        String changes;
        if (p.changedFields().isEmpty()) {
            changes = I18n.t("opt_import_no_settings_change");
        } else {
            StringBuilder fields = new StringBuilder();
            for (int i = 0; i < p.changedFields().size(); i++) {
                fields.append(i == 0 ? "" : ", ").append(p.changedFields().get(i)); // export-format field names
            }
            changes = I18n.t("opt_import_changes_fields", fields.toString());
        }
        if (p.movesBaseUrl()) {
            changes = I18n.t("opt_import_changes_address", changes, p.targetBaseUrl(), p.baseUrl());
        }
        return p.matchedBy() == MatchedBy.ID ? I18n.t("opt_import_update_same_id", names, changes, p.keyChange().label())
            : I18n.t("opt_import_update_same_url", names, changes, p.keyChange().label());
    }

    private static String count(long n) {
        return I18n.format().integer(n);
    }
}
