package dev.modeldeck.core.store;

import dev.modeldeck.core.time.Clock;

/** Test clock: time moves only when a test says so. */
final class FakeClock implements Clock {
    long now;

    FakeClock(long now) { this.now = now; }

    @Override public long nowMillis() { return now; }
    @Override public void sleep(long millis) { now += millis; }
}
