package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.time.Clock;

/** Time that moves only when the fake server says so (latency, chunk delays). */
final class FakeClock implements Clock {
    private long now;

    FakeClock(long start) { this.now = start; }

    @Override public synchronized long nowMillis() { return now; }
    @Override public synchronized void sleep(long millis) { now += millis; }

    synchronized void advance(long ms) { now += ms; }
}
