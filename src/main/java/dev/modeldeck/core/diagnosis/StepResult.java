package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;

/**
 * What one step found. Texts are already redacted: no key can appear in them.
 *
 * @param summary one line saying what was found
 * @param fix a concrete instruction; null when there is nothing to do
 * @param details more context (provider's words, notes); may be null
 */
public record StepResult(Step step, StepStatus status, long durationMs, String summary, String fix, String details) {
    public StepResult {
        summary = summary == null ? "" : summary;
    }

    public boolean failed() { return status == StepStatus.FAILED; }

    /** {@code "Reach: failed — <summary> Fix: <fix>"}: the line the Connection test region shows. */
    public String toLine() {
        StringBuilder sb = new StringBuilder(step.label()).append(": ").append(status.label());
        if (!summary.isEmpty()) {
            sb.append(" \u2014 ").append(summary);
        }
        if (fix != null && !fix.isEmpty()) {
            sb.append(' ').append(I18n.t("diag_fix_line", fix));
        }
        return sb.toString();
    }

    @Override public String toString() { return toLine(); }
}
