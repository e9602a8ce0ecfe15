package dev.modeldeck.core.net;

import dev.modeldeck.core.time.Clock;

/** Sleeps through a Clock in short slices so a Stop or Cancel ends the wait promptly. */
public final class CancellableSleep {
    /** Longest slice; bounds how late a cancel is noticed. */
    public static final long SLICE_MS = 250;

    private CancellableSleep() { }

    /** Waits {@code ms}; throws CANCELLED as soon as {@code cancellation} fires (or if it already had). */
    public static void sleep(Clock clock, long ms, Cancellation cancellation) throws NetException {
        long end = clock.nowMillis() + Math.max(0, ms);
        while (true) {
            if (cancellation != null) {
                cancellation.throwIfCancelled();
            }
            long left = end - clock.nowMillis();
            if (left <= 0) {
                return;
            }
            try {
                clock.sleep(Math.min(left, SLICE_MS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw NetException.cancelled();
            }
        }
    }
}
