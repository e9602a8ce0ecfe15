package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.net.NetException.Kind;
import org.junit.jupiter.api.Test;

class HealthTrackerTest {
    @Test
    void emptyTrackerSaysNothingYet() {
        HealthTracker h = new HealthTracker();
        assertEquals(-1, h.successRate());
        assertEquals(-1, h.latencyP50());
        assertEquals(-1, h.latencyP95());
        assertNull(h.lastError());
        assertEquals(0, h.consecutiveFailures());
    }

    @Test
    void successRateAndConsecutiveFailures() {
        HealthTracker h = new HealthTracker();
        h.recordSuccess(1, 100);
        h.recordSuccess(2, 100);
        h.recordFailure(3, 50, Kind.SERVER, "boom");
        h.recordFailure(4, 50, Kind.NETWORK, "down");
        assertEquals(0.5, h.successRate());
        assertEquals(2, h.consecutiveFailures());
        assertEquals(Kind.NETWORK, h.lastError().kind());
        assertEquals(4, h.lastError().atMillis());
        h.recordSuccess(5, 10);
        assertEquals(0, h.consecutiveFailures());
        assertEquals(Kind.NETWORK, h.lastError().kind(), "last error stays visible after recovery");
    }

    @Test
    void windowKeepsOnlyTheLastN() {
        HealthTracker h = new HealthTracker(20);
        for (int i = 0; i < 20; i++) {
            h.recordFailure(i, 10, Kind.SERVER, "x");
        }
        for (int i = 0; i < 20; i++) {
            h.recordSuccess(100 + i, 10);
        }
        assertEquals(20, h.sampleCount());
        assertEquals(1.0, h.successRate());
    }

    @Test
    void percentilesUseNearestRank() {
        HealthTracker h = new HealthTracker(20);
        for (int i = 1; i <= 20; i++) {
            h.recordSuccess(i, i * 100L);
        }
        assertEquals(1_000, h.latencyP50());
        assertEquals(1_900, h.latencyP95());
    }

    @Test
    void cancelledRequestsAreNotHealthEvents() {
        HealthTracker h = new HealthTracker();
        h.record(1, 5, NetException.cancelled());
        assertEquals(0, h.sampleCount());
        h.record(2, 5, new NetException(Kind.AUTH, "bad key"));
        assertEquals(1, h.sampleCount());
    }

    @Test
    void errorMessagesAreRedactedOnTheWayIn() {
        HealthTracker h = new HealthTracker();
        h.recordFailure(1, 1, Kind.AUTH, "Incorrect API key provided: sk-proj-abcdefgh12345678");
        assertFalse(h.lastError().message().contains("abcdefgh"), h.lastError().message());
    }

    @Test
    void jsonRoundTripKeepsEverything() throws Exception {
        HealthTracker h = new HealthTracker(5);
        h.recordSuccess(10, 120);
        h.recordFailure(20, 300, Kind.RATE_LIMITED, "slow down");
        h.recordFailure(30, 40, Kind.SERVER, "503");
        String text = JsonWriter.write(h.toJson());
        HealthTracker back = HealthTracker.fromJson(JsonParser.parse(text), 5);
        assertEquals(3, back.sampleCount());
        assertEquals(h.successRate(), back.successRate());
        assertEquals(h.latencyP50(), back.latencyP50());
        assertEquals(2, back.consecutiveFailures());
        assertEquals(Kind.SERVER, back.lastError().kind());
        assertEquals("503", back.lastError().message());
        assertEquals(30, back.lastError().atMillis());
        assertEquals(Kind.RATE_LIMITED, back.outcomes().get(1).kind());
        assertEquals(text, JsonWriter.write(back.toJson()));
    }

    @Test
    void brokenOrUnknownJsonPartsAreDropped() throws Exception {
        String text = "{\"v\":1,\"outcomes\":[{\"t\":1,\"ms\":5},{\"t\":2,\"kind\":\"FUTURE_KIND\"},\"junk\",{\"ms\":3}],"
                + "\"consecutiveFailures\":\"x\",\"lastError\":{\"kind\":\"NOPE\"}}";
        HealthTracker h = HealthTracker.fromJson(JsonParser.parse(text), 20);
        assertEquals(1, h.sampleCount());
        assertEquals(0, h.consecutiveFailures());
        assertNull(h.lastError());
        assertEquals(0, HealthTracker.fromJson(null, 20).sampleCount());
    }

    @Test
    void restoredWindowIsCutToTheNewSize() throws Exception {
        HealthTracker h = new HealthTracker(20);
        for (int i = 0; i < 20; i++) {
            h.recordSuccess(i, i);
        }
        assertEquals(5, HealthTracker.fromJson(h.toJson(), 5).sampleCount());
    }
}
