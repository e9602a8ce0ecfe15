package dev.modeldeck.testsupport;

import dev.modeldeck.core.time.Cancelable;
import dev.modeldeck.core.time.Clock;
import dev.modeldeck.core.time.Scheduler;
import java.util.ArrayList;
import java.util.List;

/**
 * Test time for the core time port: it moves only when a test calls {@link #advance}/{@link #set} or the
 * code under test sleeps (which returns at once and is recorded). As a {@link Scheduler} it runs due
 * tasks in time order on the thread that moves the clock.
 */
public final class FakeClock implements Clock, Scheduler {
    /** 2023-11-14T22:13:20Z: far from zero, so "no timestamp" and "the start" cannot be confused. */
    public static final long DEFAULT_START = 1_700_000_000_000L;

    private long now;
    private final List<Long> sleeps = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();

    public FakeClock() { this(DEFAULT_START); }

    public FakeClock(long start) { this.now = start; }

    @Override public synchronized long nowMillis() { return now; }

    @Override public void sleep(long millis) {
        synchronized (this) {
            sleeps.add(millis);
        }
        advance(millis);
    }

    /** Moves time forward, running each scheduled task that falls due on the way at its own time. */
    public void advance(long millis) {
        long target;
        synchronized (this) {
            target = now + millis;
        }
        runDueTasksUntil(target);
    }

    /** Jumps to {@code millis}; forward runs the tasks due on the way, backward models a clock set back. */
    public void set(long millis) {
        synchronized (this) {
            if (millis < now) {
                now = millis;
                return;
            }
        }
        runDueTasksUntil(millis);
    }

    /** Every sleep of the code under test, in order. */
    public synchronized List<Long> sleeps() { return new ArrayList<>(sleeps); }

    public synchronized long totalSlept() {
        long total = 0;
        for (long s : sleeps) {
            total += s;
        }
        return total;
    }

    @Override public synchronized Cancelable schedule(Runnable task, long delayMs) {
        Task t = new Task(task, now + delayMs);
        tasks.add(t);
        return t;
    }

    /** Runs {@code action} once time reaches {@code atMillis} (e.g. cancel a request in the middle of a wait). */
    public Cancelable runAt(long atMillis, Runnable action) {
        synchronized (this) {
            return schedule(action, atMillis - now);
        }
    }

    /** Scheduled tasks that have neither run nor been canceled. */
    public synchronized int pendingTasks() {
        int n = 0;
        for (Task t : tasks) {
            n += t.canceled ? 0 : 1;
        }
        return n;
    }

    // Tasks run outside the lock: they may use the clock, or wait on threads that do.
    private void runDueTasksUntil(long target) {
        while (true) {
            Task next;
            synchronized (this) {
                next = nextDue(target);
                if (next == null) {
                    now = Math.max(now, target);
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.due);
            }
            next.action.run();
        }
    }

    private Task nextDue(long target) {
        Task next = null;
        for (Task t : tasks) {
            if (!t.canceled && t.due <= target && (next == null || t.due < next.due)) {
                next = t;
            }
        }
        return next;
    }

    private static final class Task implements Cancelable {
        final Runnable action;
        final long due;
        volatile boolean canceled;

        Task(Runnable action, long due) {
            this.action = action;
            this.due = due;
        }

        @Override public void cancel() { canceled = true; }
    }
}
