package dev.modeldeck.core.net;

import java.util.ArrayList;
import java.util.List;

/** A cancel signal shared by everything working on one user action (Stop, Cancel test, superseded discovery). */
public final class Cancellation {
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean cancelled;

    public synchronized boolean isCancelled() { return cancelled; }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(listeners);
            listeners.clear();
        }
        for (Runnable r : toRun) {
            r.run();
        }
    }

    /** Runs {@code r} on cancel, or at once if already cancelled. */
    public void onCancel(Runnable r) {
        synchronized (this) {
            if (!cancelled) {
                listeners.add(r);
                return;
            }
        }
        r.run();
    }

    public synchronized void removeListener(Runnable r) { listeners.remove(r); }

    public void throwIfCancelled() throws NetException {
        if (isCancelled()) {
            throw NetException.cancelled();
        }
    }
}
