package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.CircuitBreaker.State;
import dev.modeldeck.core.net.NetException.Kind;
import dev.modeldeck.testsupport.FakeClock;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final FakeClock clock = new FakeClock(1_712_074_976_000L);
    private final CircuitBreaker b = new CircuitBreaker("Groq", clock);

    private void fail(int n) {
        for (int i = 0; i < n; i++) {
            b.record(Kind.SERVER);
        }
    }

    @Test
    void threeFailuresInARowOpen() {
        fail(2);
        assertEquals(State.CLOSED, b.state());
        fail(1);
        assertEquals(State.OPEN, b.state());
    }

    @Test
    void openRejectsFastSayingWhenItRetries() {
        fail(3);
        NetException e = assertThrows(NetException.class, b::acquire);
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("Groq is paused after 3 failures; retrying at 16:23:26 UTC (in 30 s)"), e.getMessage());
        assertEquals(30_000, e.retryAfterMs());
    }

    @Test
    void halfOfRecentFailuresOpensEvenWithoutAStreak() {
        b.record(null);
        b.record(Kind.NETWORK);
        b.record(null);
        b.record(Kind.TIMEOUT_HEADERS);
        assertEquals(State.CLOSED, b.state(), "four samples are too few to judge");
        b.record(Kind.RATE_LIMITED); // 3 failures among 5
        assertEquals(State.OPEN, b.state());
    }

    @Test
    void fewerThanHalfFailuresStayClosed() {
        for (int i = 0; i < 10; i++) {
            b.record(i % 3 == 0 ? Kind.SERVER : null);
        }
        assertEquals(State.CLOSED, b.state());
    }

    @Test
    void nonAvailabilityFailuresDoNotCount() {
        for (Kind k : new Kind[] {Kind.AUTH, Kind.BAD_REQUEST, Kind.QUOTA, Kind.NOT_FOUND, Kind.CONTEXT_LENGTH,
            Kind.PERMISSION, Kind.CANCELLED, Kind.PROTOCOL}) {
            for (int i = 0; i < 5; i++) {
                b.record(k);
            }
        }
        assertEquals(State.CLOSED, b.state());
        fail(2);
        b.record(Kind.AUTH); // the server answered: the streak is broken
        fail(2);
        assertEquals(State.CLOSED, b.state());
    }

    @Test
    void afterCooldownExactlyOneProbeGoesThrough() throws Exception {
        fail(3);
        clock.advance(30_000);
        assertEquals(State.HALF_OPEN, b.state());
        b.acquire();
        assertFalse(b.wouldAllow());
        NetException second = assertThrows(NetException.class, b::acquire);
        assertTrue(second.getMessage().contains("a test request is checking"), second.getMessage());
    }

    @Test
    void probeSuccessCloses() throws Exception {
        fail(3);
        clock.advance(30_000);
        b.acquire();
        b.record(null);
        assertEquals(State.CLOSED, b.state());
        b.acquire();
        b.acquire();
    }

    @Test
    void probeFailureReopensWithDoubledCooldownUpToFiveMinutes() throws Exception {
        fail(3);
        long[] cooldowns = {60_000, 120_000, 240_000, 300_000, 300_000};
        clock.advance(30_000);
        for (long expected : cooldowns) {
            b.acquire();
            b.record(Kind.NETWORK);
            assertEquals(State.OPEN, b.state());
            assertEquals(clock.nowMillis() + expected, b.openUntil());
            clock.advance(expected);
        }
    }

    @Test
    void successfulProbeResetsTheCooldown() throws Exception {
        fail(3);
        clock.advance(30_000);
        b.acquire();
        b.record(Kind.SERVER);
        clock.advance(60_000);
        b.acquire();
        b.record(null);
        fail(3);
        assertEquals(clock.nowMillis() + 30_000, b.openUntil());
    }

    @Test
    void cancelledProbeFreesTheSlot() throws Exception {
        fail(3);
        clock.advance(30_000);
        b.acquire();
        b.record(Kind.CANCELLED);
        assertEquals(State.HALF_OPEN, b.state());
        assertTrue(b.wouldAllow());
    }

    @Test
    void outcomesOfRequestsStartedBeforeOpeningAreIgnored() {
        fail(3);
        long until = b.openUntil();
        b.record(null);
        b.record(Kind.SERVER);
        assertEquals(State.OPEN, b.state());
        assertEquals(until, b.openUntil());
    }
}
