package dev.modeldeck.core.discovery;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.time.Cancelable;
import dev.modeldeck.core.time.Scheduler;
import java.util.function.Consumer;

/**
 * Runs discovery only once the user stops typing a URL or key: each call waits {@code delayMs} and
 * supersedes the one before it, whose timer is called off and whose Cancellation is cancelled (which
 * also aborts its request if it had already started).
 */
public final class Debouncer {
    public static final long DEFAULT_DELAY_MS = 600;

    private final Scheduler scheduler;
    private final long delayMs;
    private Cancelable pendingTimer;
    private Cancellation current;

    public Debouncer(Scheduler scheduler) { this(scheduler, DEFAULT_DELAY_MS); }

    public Debouncer(Scheduler scheduler, long delayMs) {
        this.scheduler = scheduler;
        this.delayMs = delayMs;
    }

    /** Schedules {@code action}, superseding any earlier call; returns the Cancellation it will receive. */
    public Cancellation call(final Consumer<Cancellation> action) {
        final Cancellation c = new Cancellation();
        Cancelable oldTimer;
        Cancellation oldRun;
        synchronized (this) {
            oldTimer = pendingTimer;
            oldRun = current;
            current = c;
            pendingTimer = null;
        }
        if (oldTimer != null) {
            oldTimer.cancel();
        }
        if (oldRun != null) {
            oldRun.cancel();
        }
        Cancelable timer = scheduler.schedule(new Runnable() {
            @Override public void run() {
                synchronized (Debouncer.this) {
                    if (current != c) {
                        return;
                    }
                    pendingTimer = null;
                }
                if (!c.isCancelled()) {
                    action.accept(c);
                }
            }
        }, delayMs);
        synchronized (this) {
            if (current == c) {
                pendingTimer = timer;
                return c;
            }
        }
        timer.cancel();
        return c;
    }

    /** Calls off the pending call and cancels the running one (the dialog closed). */
    public void cancel() {
        Cancelable timer;
        Cancellation run;
        synchronized (this) {
            timer = pendingTimer;
            run = current;
            pendingTimer = null;
            current = null;
        }
        if (timer != null) {
            timer.cancel();
        }
        if (run != null) {
            run.cancel();
        }
    }
}
