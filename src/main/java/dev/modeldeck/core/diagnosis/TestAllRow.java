package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;

/** One provider's line in the "Test all" table. */
public final class TestAllRow {
    private final String providerId;
    private final String providerName;
    private final StepStatus overall;
    private final long latencyToFirstByteMs;
    private final int modelsFound;
    private final Step failingStep;
    private final String problem;
    private final String fix;
    private final TestReport report;

    TestAllRow(String providerId, String providerName, TestReport report) {
        this.providerId = providerId;
        this.providerName = providerName;
        this.report = report;
        this.overall = report == null ? StepStatus.SKIPPED : report.overall();
        this.latencyToFirstByteMs = report == null ? -1 : report.latencyToFirstByteMs();
        this.modelsFound = report == null ? -1 : report.modelsFound();
        StepResult first = report == null ? null : report.firstProblem();
        this.failingStep = first == null ? null : first.step();
        this.problem = report == null ? I18n.t("diag_cancelled") : first == null ? null : first.summary();
        this.fix = first == null ? null : first.fix();
    }

    public String providerId() { return providerId; }
    public String providerName() { return providerName; }
    /** SKIPPED when the run was cancelled before this provider was tested. */
    public StepStatus overall() { return overall; }
    public long latencyToFirstByteMs() { return latencyToFirstByteMs; }
    /** -1 when no list was read. */
    public int modelsFound() { return modelsFound; }
    /** The first failed step, else the first warning; null when all passed. */
    public Step failingStep() { return failingStep; }
    /** That step's summary; null when all passed. */
    public String problem() { return problem; }
    public String fix() { return fix; }
    /** The full report; null when the provider was never tested (cancelled). */
    public TestReport report() { return report; }

    /** {@code "OpenAI: ok — 120 ms, 42 models"} or {@code "Ollama: failed — Reach: … Fix: …"}. */
    public String toText() {
        StringBuilder sb = new StringBuilder(providerName).append(": ").append(overall.label()).append(" \u2014 ");
        if (report == null) {
            return sb.append(I18n.t("diag_cancelled")).toString();
        }
        if (latencyToFirstByteMs >= 0) {
            sb.append(Texts.ms(latencyToFirstByteMs));
        }
        if (modelsFound >= 0) {
            sb.append(latencyToFirstByteMs >= 0 ? ", " : "").append(I18n.plural("diag_models_count", modelsFound));
        }
        if (failingStep != null) {
            sb.append(latencyToFirstByteMs >= 0 || modelsFound >= 0 ? "; " : "").append(failingStep.label())
              .append(": ").append(problem);
            if (fix != null) {
                sb.append(' ').append(I18n.t("diag_fix_line", fix));
            }
        }
        return sb.toString();
    }

    @Override public String toString() { return toText(); }
}
