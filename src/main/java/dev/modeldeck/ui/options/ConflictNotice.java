package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.ui.dom.El;
import java.util.function.Consumer;

/** The notice above the provider form when another window changed or deleted the provider being edited. */
final class ConflictNotice {
    private final El root = El.div("conflict").hidden(true);

    El element() { return root; }

    void hide() { root.hidden(true); }

    /**
     * Shows {@code message}; when the other window's version {@code theirs} exists, offers to keep the
     * form's edits or to load that version (each answer hides the notice).
     */
    void show(String message, ProviderConfig theirs, Consumer<ProviderConfig> keepMine, Consumer<ProviderConfig> loadTheirs) {
        root.clear().hidden(false);
        root.add(El.div("").text(message + " " + I18n.t("opt_page_conflict_edits_kept")));
        if (theirs != null) {
            El load = El.button(I18n.t("opt_page_conflict_load_theirs"));
            load.onClick(() -> {
                hide();
                loadTheirs.accept(theirs);
            });
            El keep = El.button(I18n.t("opt_page_conflict_keep_mine"));
            keep.onClick(() -> {
                hide();
                keepMine.accept(theirs);
            });
            root.add(El.div("row").add(keep, load));
        }
    }
}
