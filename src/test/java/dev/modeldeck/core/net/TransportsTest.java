package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.NetException.Kind;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportsTest {
    private final FakeClock clock = new FakeClock(0);
    private final ScriptedTransport base = new ScriptedTransport(clock);
    private final List<String> waits = new ArrayList<>();

    private HttpRequest req() {
        return HttpRequest.get("https://api.example.test/v1/models").build();
    }

    @Test
    void everyRetryAttemptIsRecordedByHealthButTheLimiterCountsTheRequestOnce() throws Exception {
        RateLimiter limiter = new RateLimiter(2L);
        HealthTracker health = new HealthTracker();
        CircuitBreaker breaker = new CircuitBreaker("P", clock);
        HttpTransport t = Transports.chain(base, "P", limiter, new RetryPolicy().withRandom(() -> 0.0),
                health, breaker, clock, (m, ms) -> waits.add(m));
        base.respond(503, "").respond(200, "ok");
        assertEquals(200, t.send(req()).status());
        assertEquals(2, health.sampleCount());
        assertEquals(0.5, health.successRate());
        assertEquals(0, limiter.reserve(clock.nowMillis()), "one slot of two left");
        assertEquals(List.of("retrying in 0.5 s after HTTP 503"), waits);
    }

    @Test
    void breakerOpeningMidRetryEndsTheRetriesWithTheRealCause() {
        CircuitBreaker breaker = new CircuitBreaker("P", clock);
        breaker.record(Kind.SERVER);
        breaker.record(Kind.SERVER);
        HttpTransport t = Transports.chain(base, "P", null, new RetryPolicy().withRandom(() -> 0.0),
                null, breaker, clock, null);
        base.fail(new NetException(Kind.NETWORK, "down"));
        NetException e = assertThrows(NetException.class, () -> t.send(req()));
        assertEquals(Kind.NETWORK, e.kind(), "the failure that opened the breaker, not 'paused'");
        assertEquals(1, base.calls());
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void aServerErrorThatOpensTheBreakerIsReturnedAsItself() throws Exception {
        CircuitBreaker breaker = new CircuitBreaker("P", clock);
        HttpTransport t = Transports.chain(base, "P", null, new RetryPolicy().withRandom(() -> 0.0),
                null, breaker, clock, null);
        base.respond(502, "<html>bad gateway</html>").respond(502, "<html>bad gateway</html>").respond(502, "<html>bad gateway</html>");
        HttpResponse r = t.send(req());
        assertEquals(502, r.status());
        assertEquals("<html>bad gateway</html>", r.readAll(1000));
        assertEquals(3, base.calls());
    }

    @Test
    void nullPartsLeaveTheBaseAlone() {
        assertSame(base, Transports.chain(base, "P", null, null, null, null, clock, null));
    }

    @Test
    void limiterWaitsBeforeTheFirstAttemptAndReportsIt() throws Exception {
        RateLimiter limiter = new RateLimiter(1L);
        HttpTransport t = Transports.chain(base, "Groq", limiter, new RetryPolicy(), null, null, clock, (m, ms) -> waits.add(m));
        base.respond(200, "").respond(200, "");
        t.send(req());
        t.send(req());
        assertEquals(60_000L, (long) base.sentAt.get(1));
        assertTrue(waits.contains("waiting 1 min for Groq's rate limit"), waits.toString());
    }
}
