package dev.modeldeck.core.diagnosis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The result of one connection test: every step in order plus the figures the page shows. */
public final class TestReport {
    private final String providerId;
    private final String providerName;
    private final List<StepResult> steps;
    private final long latencyToFirstByteMs;
    private final int modelsFound;
    private final int chatModelsFound;
    private final String chatModel;
    private final long chatTtftMs;
    private final boolean cancelled;

    TestReport(String providerId, String providerName, List<StepResult> steps, long latencyToFirstByteMs,
               int modelsFound, int chatModelsFound, String chatModel, long chatTtftMs, boolean cancelled) {
        this.providerId = providerId;
        this.providerName = providerName;
        this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
        this.latencyToFirstByteMs = latencyToFirstByteMs;
        this.modelsFound = modelsFound;
        this.chatModelsFound = chatModelsFound;
        this.chatModel = chatModel;
        this.chatTtftMs = chatTtftMs;
        this.cancelled = cancelled;
    }

    public String providerId() { return providerId; }
    public String providerName() { return providerName; }
    /** All seven steps, in order. */
    public List<StepResult> steps() { return steps; }

    /** The result of one step, or null when absent. */
    public StepResult step(Step s) {
        for (StepResult r : steps) {
            if (r.step() == s) {
                return r;
            }
        }
        return null;
    }

    /** FAILED if any step failed, else WARNING if any warned, else SKIPPED when cancelled, else OK. */
    public StepStatus overall() {
        boolean warning = false;
        for (StepResult r : steps) {
            if (r.status() == StepStatus.FAILED) {
                return StepStatus.FAILED;
            }
            warning |= r.status() == StepStatus.WARNING;
        }
        if (warning) {
            return StepStatus.WARNING;
        }
        return cancelled ? StepStatus.SKIPPED : StepStatus.OK;
    }

    /** The first FAILED step, or null. */
    public StepResult firstFailure() {
        for (StepResult r : steps) {
            if (r.status() == StepStatus.FAILED) {
                return r;
            }
        }
        return null;
    }

    /** The first FAILED step, else the first WARNING, else null: what a one-line summary should name. */
    public StepResult firstProblem() {
        StepResult f = firstFailure();
        if (f != null) {
            return f;
        }
        for (StepResult r : steps) {
            if (r.status() == StepStatus.WARNING) {
                return r;
            }
        }
        return null;
    }

    /** Milliseconds from sending GET /models to its status line; -1 when nothing answered. */
    public long latencyToFirstByteMs() { return latencyToFirstByteMs; }
    /** Models in the provider's list; -1 when no list was read. */
    public int modelsFound() { return modelsFound; }
    /** Of those, models usable for chat; -1 when no list was read. */
    public int chatModelsFound() { return chatModelsFound; }
    /** The model the chat step used, or null when it did not run. */
    public String chatModel() { return chatModel; }
    /** Chat step's time to first token; -1 when none arrived. */
    public long chatTtftMs() { return chatTtftMs; }
    public boolean cancelled() { return cancelled; }

    /**
     * One line per step, {@code "<Step>: <ok|warning|failed|skipped> — <summary> Fix: <fix>"}: the exact
     * text of the Connection test region, read by end-to-end tests.
     */
    public String toText() {
        List<String> lines = new ArrayList<>();
        for (StepResult r : steps) {
            lines.add(r.toLine());
        }
        return String.join("\n", lines);
    }

    @Override public String toString() { return toText(); }
}
