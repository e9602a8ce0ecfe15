package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.NetException.Kind;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryingTransportTest {
    private FakeClock clock;
    private ScriptedTransport base;
    private final List<String> waits = new ArrayList<>();
    private RetryingTransport transport;

    @BeforeEach
    void setUp() {
        clock = new FakeClock(1_712_074_976_000L);
        base = new ScriptedTransport(clock);
        transport = new RetryingTransport(base, new RetryPolicy().withRandom(() -> 0.0), clock, (m, ms) -> waits.add(m));
    }

    private static HttpRequest request() {
        return HttpRequest.post("https://api.example.test/v1/chat/completions", "{}")
                .header("Authorization", "Bearer sk-test-SECRET123456789").build();
    }

    @Test
    void serverErrorIsRetriedWithBackoffThenSucceeds() throws Exception {
        FakeResponse first = FakeResponse.of(503, "busy");
        FakeResponse ok = FakeResponse.of(200, "data");
        base.respond(first).respond(ok);
        HttpResponse r = transport.send(request());
        assertSame(ok, r);
        assertEquals(2, base.calls());
        assertEquals(500, clock.totalSlept());
        assertTrue(first.closed, "the discarded response is released");
        assertEquals(Arrays.asList("retrying in 0.5 s after HTTP 503"), waits);
    }

    @Test
    void givesUpAfterTwoRetriesAndReturnsTheLastErrorResponseUnchanged() throws Exception {
        FakeResponse last = FakeResponse.of(500, "{\"error\":\"boom\"}");
        base.respond(500, "a").respond(502, "b").respond(last);
        HttpResponse r = transport.send(request());
        assertSame(last, r);
        assertEquals("{\"error\":\"boom\"}", r.readAll(1000));
        assertEquals(3, base.calls());
        assertEquals(Arrays.asList(500L, 1000L), sleepsBetween());
    }

    @Test
    void networkErrorIsRetriedAndTheLastOneThrown() {
        NetException down = new NetException(Kind.NETWORK, "Failed to fetch");
        base.fail(down).fail(down).fail(down);
        NetException e = assertThrows(NetException.class, () -> transport.send(request()));
        assertSame(down, e);
        assertEquals(3, base.calls());
        assertTrue(waits.get(0).contains("after a network error"), waits.get(0));
    }

    @Test
    void clientErrorsAreNotRetried() throws Exception {
        for (int status : new int[] {400, 401, 403, 404, 422}) {
            setUp();
            FakeResponse r = FakeResponse.of(status, "nope");
            base.respond(r);
            assertSame(r, transport.send(request()));
            assertEquals(1, base.calls());
            assertFalse(r.closed);
            assertEquals(0, r.chunksRead, "body left for the caller");
        }
    }

    @Test
    void successIsHandedBackUnreadSoStreamsAreNeverRetried() throws Exception {
        FakeResponse stream = new FakeResponse(200, null, "data: a\n\n", "data: b\n\n");
        base.respond(stream);
        assertSame(stream, transport.send(request()));
        assertEquals(0, stream.chunksRead);
        assertEquals(1, base.calls());
    }

    @Test
    void timeoutsAndCancelsAreNotRetried() {
        base.fail(new NetException(Kind.TIMEOUT_HEADERS, "slow"));
        assertEquals(Kind.TIMEOUT_HEADERS, assertThrows(NetException.class, () -> transport.send(request())).kind());
        assertEquals(1, base.calls());
    }

    @Test
    void cancelledRequestIsNeverRetried() {
        Cancellation c = new Cancellation();
        HttpRequest r = request().toBuilder().cancellation(c).build();
        base.fail(new NetException(Kind.NETWORK, "aborted"));
        c.cancel();
        NetException e = assertThrows(NetException.class, () -> transport.send(r));
        assertEquals(Kind.CANCELLED, e.kind());
        assertEquals(0, base.calls());
    }

    @Test
    void cancelWhileWaitingStopsTheRetry() {
        Cancellation c = new Cancellation();
        HttpRequest r = request().toBuilder().cancellation(c).build();
        base.respond(503, "").respond(200, "");
        clock.runAt(clock.nowMillis() + 250, c::cancel);
        NetException e = assertThrows(NetException.class, () -> transport.send(r));
        assertEquals(Kind.CANCELLED, e.kind());
        assertEquals(1, base.calls());
    }

    @Test
    void rateLimitWaitsWhatTheServerAsks() throws Exception {
        base.respond(429, Fixtures.text("errors/groq-429.json"), new Header("retry-after", "2"))
                .respond(200, "ok");
        assertEquals(200, transport.send(request()).status());
        assertEquals(2_000, clock.totalSlept());
        assertEquals("retrying in 2 s after HTTP 429", waits.get(0));
    }

    @Test
    void spentQuotaIsReturnedAtOnceWithItsBody() throws Exception {
        String body = Fixtures.text("errors/openai-429-insufficient_quota.json");
        base.respond(429, body);
        HttpResponse r = transport.send(request());
        assertEquals(429, r.status());
        assertEquals(body, r.readAll(100_000));
        assertEquals(1, base.calls());
        assertTrue(clock.sleeps().isEmpty());
    }

    @Test
    void serverWaitBeyondSixtySecondsFailsAtOnceSayingUntilWhen() {
        base.respond(429, "{\"error\":{\"message\":\"slow down, key sk-test-SECRET123456789\"}}",
                new Header("Retry-After", "300"), new Header("x-request-id", "req_1"));
        NetException e = assertThrows(NetException.class, () -> transport.send(request()));
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(429, e.status());
        assertEquals(300_000, e.retryAfterMs());
        assertEquals("req_1", e.requestId());
        assertTrue(e.getMessage().contains("rate limited until 16:27:56 UTC (in 5 min)"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        assertTrue(clock.sleeps().isEmpty());
        assertEquals(1, base.calls());
    }

    @Test
    void conflictAndRequestTimeoutAreRetried() throws Exception {
        base.respond(408, "").respond(409, "").respond(200, "");
        assertEquals(200, transport.send(request()).status());
        assertEquals(3, base.calls());
    }

    @Test
    void theSameRequestIsResent() throws Exception {
        HttpRequest r = request();
        base.respond(500, "").respond(200, "");
        transport.send(r);
        assertSame(r, base.requests.get(0));
        assertSame(r, base.requests.get(1));
    }

    private List<Long> sleepsBetween() {
        List<Long> out = new ArrayList<>();
        for (int i = 1; i < base.sentAt.size(); i++) {
            out.add(base.sentAt.get(i) - base.sentAt.get(i - 1));
        }
        return out;
    }
}
