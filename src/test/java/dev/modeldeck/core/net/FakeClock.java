package dev.modeldeck.core.net;

import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A clock whose sleep advances time at once and records each sleep; can fire a cancel at a set time. */
final class FakeClock implements Clock {
    long now;
    final List<Long> sleeps = new ArrayList<>();
    private Cancellation cancelAt;
    private long cancelAtMillis = Long.MAX_VALUE;

    FakeClock(long start) { this.now = start; }

    @Override public synchronized long nowMillis() { return now; }

    @Override public synchronized void sleep(long millis) {
        sleeps.add(millis);
        now += millis;
        if (cancelAt != null && now >= cancelAtMillis) {
            cancelAt.cancel();
        }
    }

    void cancelWhenReaching(Cancellation c, long atMillis) {
        cancelAt = c;
        cancelAtMillis = atMillis;
    }

    long totalSlept() {
        long t = 0;
        for (long s : sleeps) {
            t += s;
        }
        return t;
    }

    void advance(long ms) { now += ms; }
}
