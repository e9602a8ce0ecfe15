package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;

/**
 * How one step ended. {@link #word()} is a fixed English id (CSS classes, stored history);
 * {@link #label()} is what the report line shows, in the user's language.
 */
public enum StepStatus {
    OK("ok"),
    /** Works, with something the user should know (no streaming, http to a remote host, no model list). */
    WARNING("warning"),
    FAILED("failed"),
    /** Not run: cancelled, not applicable, or an earlier step it depends on failed. */
    SKIPPED("skipped");

    private final String word;

    StepStatus(String word) { this.word = word; }

    /** Stable id, the same in every language. */
    public String word() { return word; }

    /** The word the report shows: "ok", "warning", "failed", "skipped" in English. */
    public String label() {
        return switch (this) {
            case OK -> I18n.t("diag_status_ok");
            case WARNING -> I18n.t("diag_status_warning");
            case FAILED -> I18n.t("diag_status_failed");
            case SKIPPED -> I18n.t("diag_status_skipped");
        };
    }
}
