package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.NetException.Kind;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class HealthTransportTest {
    private final FakeClock clock = new FakeClock(0);
    private final ScriptedTransport base = new ScriptedTransport(clock);
    private final HealthTracker tracker = new HealthTracker();
    private final CircuitBreaker breaker = new CircuitBreaker("Local", clock);
    private final HealthTransport t = new HealthTransport(base, tracker, breaker, clock);

    private static HttpRequest req() {
        return HttpRequest.post("http://127.0.0.1:11434/v1/chat/completions", "{}")
                .header("Authorization", "Bearer ollama-local-key-1").build();
    }

    @Test
    void successRecordsLatencyToHeadersAndLeavesTheBodyUnread() throws Exception {
        base.latencyMs = 250;
        FakeResponse stream = new FakeResponse(200, null, "a", "b");
        base.respond(stream);
        assertSame(stream, t.send(req()));
        assertEquals(0, stream.chunksRead);
        assertEquals(1.0, tracker.successRate());
        assertEquals(250, tracker.latencyP50());
    }

    @Test
    void errorResponseIsClassifiedRecordedAndPassedOnWithItsBody() throws Exception {
        String body = Fixtures.text("errors/llamacpp-503.json");
        base.respond(503, body);
        HttpResponse r = t.send(req());
        assertEquals(503, r.status());
        assertEquals(body, r.readAll(10_000));
        assertEquals(Kind.SERVER, tracker.lastError().kind());
        assertTrue(tracker.lastError().message().contains("still loading"), tracker.lastError().message());
    }

    @Test
    void requestKeyNeverReachesTheRecordedError() throws Exception {
        base.respond(401, "{\"error\":\"invalid key ollama-local-key-1\"}");
        t.send(req());
        assertEquals(Kind.AUTH, tracker.lastError().kind());
        assertFalse(tracker.lastError().message().contains("ollama-local-key-1"), tracker.lastError().message());
    }

    @Test
    void repeatedOutagesOpenTheBreakerAndLaterRequestsAreRejectedWithoutSending() throws Exception {
        NetException down = new NetException(Kind.NETWORK, "Failed to fetch");
        base.fail(down).fail(down).fail(down);
        for (int i = 0; i < 3; i++) {
            assertThrows(NetException.class, () -> t.send(req()));
        }
        NetException e = assertThrows(NetException.class, () -> t.send(req()));
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertEquals(3, base.calls());
        assertEquals(3, tracker.consecutiveFailures());
    }

    @Test
    void rateLimitCountsButSpentQuotaDoesNot() throws Exception {
        String quota = Fixtures.text("errors/openai-429-insufficient_quota.json");
        base.respond(429, quota).respond(429, quota).respond(429, quota).respond(429, quota);
        for (int i = 0; i < 4; i++) {
            t.send(req());
        }
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertEquals(Kind.QUOTA, tracker.lastError().kind());
        String limited = Fixtures.text("errors/groq-429.json");
        base.respond(429, limited).respond(429, limited).respond(429, limited);
        for (int i = 0; i < 3; i++) {
            t.send(req());
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void cancelledRequestsLeaveHealthAlone() {
        Cancellation c = new Cancellation();
        base.fail(NetException.cancelled());
        HttpRequest r = req().toBuilder().cancellation(c).build();
        assertThrows(NetException.class, () -> t.send(r));
        assertEquals(0, tracker.sampleCount());
    }

    @Test
    void worksWithoutTrackerOrBreaker() throws Exception {
        base.respond(500, "x");
        assertEquals(500, new HealthTransport(base, null, null, clock).send(req()).status());
    }
}
