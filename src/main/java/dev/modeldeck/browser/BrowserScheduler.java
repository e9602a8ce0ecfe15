package dev.modeldeck.browser;

import dev.modeldeck.core.time.Cancelable;
import dev.modeldeck.core.time.Scheduler;

/** {@link Scheduler} over setTimeout; tasks run in a green thread so they may block on the network. */
public final class BrowserScheduler implements Scheduler {
    @Override
    public Cancelable schedule(Runnable task, long delayMs) {
        int handle = Timers.after(delayMs, () -> new Thread(task).start());
        return () -> Timers.cancel(handle);
    }
}
