package dev.modeldeck.core.diagnosis;

/** What one step found. Texts are already redacted: no key can appear in them. */
public final class StepResult {
    private final Step step;
    private final StepStatus status;
    private final long durationMs;
    private final String summary;
    private final String fix;
    private final String details;

    public StepResult(Step step, StepStatus status, long durationMs, String summary, String fix, String details) {
        this.step = step;
        this.status = status;
        this.durationMs = durationMs;
        this.summary = summary == null ? "" : summary;
        this.fix = fix;
        this.details = details;
    }

    public Step step() { return step; }
    public StepStatus status() { return status; }
    public long durationMs() { return durationMs; }
    /** One line saying what was found. */
    public String summary() { return summary; }
    /** A concrete instruction; null when there is nothing to do. */
    public String fix() { return fix; }
    /** More context (provider's words, notes); may be null. */
    public String details() { return details; }

    public boolean failed() { return status == StepStatus.FAILED; }

    /** {@code "Reach: failed — <summary> Fix: <fix>"}: the line the Connection test region shows. */
    public String toLine() {
        StringBuilder sb = new StringBuilder(step.label()).append(": ").append(status.label());
        if (!summary.isEmpty()) {
            sb.append(" \u2014 ").append(summary);
        }
        if (fix != null && !fix.isEmpty()) {
            sb.append(' ').append(dev.modeldeck.core.i18n.I18n.t("diag_fix_line", fix));
        }
        return sb.toString();
    }

    @Override public String toString() { return toLine(); }
}
