package dev.modeldeck.core.time;

/** A scheduled task that can still be called off. Canceling after it ran, or twice, does nothing. */
public interface Cancelable {
    void cancel();
}
