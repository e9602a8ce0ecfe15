package dev.modeldeck.core.time;

/**
 * Runs a task once after a delay. The browser backs it with setTimeout, tests with a fake that
 * advances time by hand; kept tiny so both stay trivial.
 */
public interface Scheduler {
    Cancelable schedule(Runnable task, long delayMs);
}
