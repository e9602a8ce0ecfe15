package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.testsupport.FakeClock;
import org.junit.jupiter.api.Test;

/** Two pages (popup, side panel) share one breaker per provider through its stored state. */
class CircuitBreakerSharingTest {
    private final FakeClock clock = new FakeClock(1_712_074_976_000L);

    private static void failThreeTimes(CircuitBreaker b) {
        for (int i = 0; i < 3; i++) {
            b.record(NetException.Kind.SERVER);
        }
    }

    @Test
    void anOpeningSeenByOnePageHoldsInAnother() throws Exception {
        CircuitBreaker popup = new CircuitBreaker("Groq", clock);
        CircuitBreaker sidePanel = new CircuitBreaker("Groq", clock);
        failThreeTimes(popup);
        assertEquals(CircuitBreaker.State.OPEN, popup.state());
        sidePanel.merge(JsonParser.parse(popup.toJson().toString()));
        assertEquals(CircuitBreaker.State.OPEN, sidePanel.state());
        NetException e = assertThrows(NetException.class, sidePanel::acquire);
        assertEquals(NetException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("paused after 3 failures"), e.getMessage());
    }

    @Test
    void anExpiredOpeningIsNotAdoptedAndAnOpenBreakerIsNeverClosedByMerge() throws Exception {
        CircuitBreaker a = new CircuitBreaker("Groq", clock);
        failThreeTimes(a);
        String stored = a.toJson().toString();
        clock.advance(CircuitBreaker.DEFAULT_COOLDOWN_MS + 1);
        CircuitBreaker late = new CircuitBreaker("Groq", clock);
        late.merge(JsonParser.parse(stored));
        assertEquals(CircuitBreaker.State.CLOSED, late.state(), "a cooldown that already ended is not adopted");

        CircuitBreaker open = new CircuitBreaker("Groq", clock);
        failThreeTimes(open);
        open.merge(JsonParser.parse(new CircuitBreaker("Groq", clock).toJson().toString()));
        assertEquals(CircuitBreaker.State.OPEN, open.state(), "a closed record elsewhere does not close it");
    }
}
