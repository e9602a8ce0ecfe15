package dev.modeldeck.core.diagnosis;

/** How one step ended; {@link #word()} is what the report line says (tests and e2e read it). */
public enum StepStatus {
    OK("ok"),
    /** Works, with something the user should know (no streaming, http to a remote host, no model list). */
    WARNING("warning"),
    FAILED("failed"),
    /** Not run: cancelled, not applicable, or an earlier step it depends on failed. */
    SKIPPED("skipped");

    private final String word;

    StepStatus(String word) { this.word = word; }

    public String word() { return word; }
}
