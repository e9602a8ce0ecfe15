package dev.modeldeck.ui.options;

import dev.modeldeck.core.bulk.ImportConflict;
import dev.modeldeck.core.bulk.ImportPlan;
import dev.modeldeck.core.bulk.InvalidLine;
import dev.modeldeck.core.bulk.MatchedBy;
import dev.modeldeck.core.bulk.PlannedProvider;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.Format;
import java.util.List;

/** Renders an import plan as text: what will be added, updated, skipped, renamed, and which lines were not read. */
final class ImportPreview {
    private ImportPreview() { }

    /** "3 to add, 1 to update, 2 skipped" (and conflicts and unread lines when there are any). */
    static String summary(ImportPlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append(plan.adds().size()).append(" to add, ").append(plan.updates().size()).append(" to update, ")
          .append(plan.skips().size()).append(" skipped");
        if (!plan.conflicts().isEmpty()) {
            sb.append(", ").append(Format.plural(plan.conflicts().size(), "conflict", "conflicts")).append(" resolved");
        }
        if (!plan.invalidLines().isEmpty()) {
            sb.append(", ").append(Format.plural(plan.invalidLines().size(), "line", "lines")).append(" not read");
        }
        return sb.append('.').toString();
    }

    static El render(ImportPlan plan) {
        El box = El.div("import-preview");
        box.add(El.tag("p").cls("import-summary").text(summary(plan)));
        if (plan.includesKeys()) {
            box.add(El.div("field-warning").text("This file includes API keys; they will be saved with the providers."));
        }
        section(box, "To add", plan.adds(), ImportPreview::addLine);
        section(box, "To update", plan.updates(), ImportPreview::updateLine);
        section(box, "Skipped", plan.skips(), p -> p.label() + ": “" + p.name() + "” \u2014 " + p.skipMessage());
        if (!plan.conflicts().isEmpty()) {
            El ul = list("Conflicts");
            for (PlannedProvider p : plan.conflicts()) {
                for (ImportConflict c : p.conflicts()) {
                    ul.add(El.tag("li").text(p.label() + ": " + c.message()));
                }
            }
            box.add(El.heading(3, "Conflicts"), ul);
        }
        if (!plan.invalidLines().isEmpty()) {
            El ul = list("Lines not read");
            for (InvalidLine l : plan.invalidLines()) {
                ul.add(El.tag("li").text("Line " + l.lineNumber() + " (" + l.text() + "): " + l.message()
                    + (l.suggestion() == null ? "" : " Did you mean " + l.suggestion() + "?")));
            }
            box.add(El.heading(3, "Lines not read"), ul);
        }
        if (!plan.hasChanges()) {
            box.add(El.tag("p").cls("muted").text("Nothing would change."));
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
        box.add(El.heading(3, title + " (" + items.size() + ")"), ul);
    }

    private static El list(String label) { return El.tag("ul").cls("import-items").label(label); }

    private static String addLine(PlannedProvider p) {
        return "“" + p.name() + "” \u2014 " + p.baseUrl() + " (" + p.keyChange().label() + ")"
            + (p.needsKey() ? "; needs an API key before it can be used" : "");
    }

    private static String updateLine(PlannedProvider p) {
        StringBuilder sb = new StringBuilder("“").append(p.targetName()).append('”');
        if (!p.name().equals(p.targetName())) {
            sb.append(" \u2192 “").append(p.name()).append('”');
        }
        sb.append(p.matchedBy() == MatchedBy.ID ? " (same id)" : " (same base URL)");
        sb.append(": ");
        if (p.changedFields().isEmpty()) {
            sb.append("no settings change");
        } else {
            sb.append("changes ");
            for (int i = 0; i < p.changedFields().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(p.changedFields().get(i));
            }
        }
        return sb.append("; ").append(p.keyChange().label()).toString();
    }
}
