package dev.modeldeck.core.diagnosis;

/** A step's verdict before timing and redaction are added. */
record Finding(StepStatus status, String summary, String fix, String details) {
    static Finding ok(String summary) { return new Finding(StepStatus.OK, summary, null, null); }
    static Finding ok(String summary, String details) { return new Finding(StepStatus.OK, summary, null, details); }
    static Finding warning(String summary, String fix) { return new Finding(StepStatus.WARNING, summary, fix, null); }
    static Finding failed(String summary, String fix) { return new Finding(StepStatus.FAILED, summary, fix, null); }
    static Finding skipped(String reason) { return new Finding(StepStatus.SKIPPED, reason, null, null); }

    Finding withDetails(String d) { return new Finding(status, summary, fix, d); }

    /** Status only: the texts are not redacted yet. */
    @Override public String toString() { return "Finding[" + status + "]"; }
}
