package dev.modeldeck.core.diagnosis;

/** Told after each step finishes, so the page can show progress live. */
public interface StepListener {
    void onStep(StepResult result);
}
