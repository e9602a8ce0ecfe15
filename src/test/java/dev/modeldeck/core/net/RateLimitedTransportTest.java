package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitedTransportTest {
    private final FakeClock clock = new FakeClock(0);
    private final ScriptedTransport base = new ScriptedTransport(clock);
    private final List<String> waits = new ArrayList<>();

    private HttpRequest req(Cancellation c) {
        return HttpRequest.get("https://api.groq.test/openai/v1/models").cancellation(c).build();
    }

    @Test
    void waitsForTheBucketAndSaysSo() throws Exception {
        RateLimiter limiter = new RateLimiter(2L);
        RateLimitedTransport t = new RateLimitedTransport(base, limiter, "Groq", clock, (m, ms) -> waits.add(m + "|" + ms));
        base.respond(200, "").respond(200, "").respond(200, "");
        t.send(req(null));
        t.send(req(null));
        assertTrue(clock.sleeps().isEmpty());
        t.send(req(null));
        assertEquals(30_000, clock.totalSlept());
        assertEquals(30_000L, (long) base.sentAt.get(2));
        assertEquals("waiting 30 s for Groq's rate limit|30000", waits.get(0));
    }

    @Test
    void serverHeadersHoldTheNextRequest() throws Exception {
        RateLimiter limiter = new RateLimiter(null);
        RateLimitedTransport t = new RateLimitedTransport(base, limiter, "OpenAI", clock, null);
        base.respond(200, "", new Header("x-ratelimit-remaining-requests", "0"), new Header("x-ratelimit-reset-requests", "20s"))
                .respond(200, "");
        t.send(req(null));
        t.send(req(null));
        assertEquals(20_000L, (long) base.sentAt.get(1));
    }

    @Test
    void cancelWhileWaitingEndsTheWaitAndReturnsTheSlot() throws Exception {
        RateLimiter limiter = new RateLimiter(1L);
        RateLimitedTransport t = new RateLimitedTransport(base, limiter, "Groq", clock, null);
        base.respond(200, "");
        t.send(req(null));
        Cancellation c = new Cancellation();
        clock.runAt(1_000, c::cancel);
        NetException e = assertThrows(NetException.class, () -> t.send(req(c)));
        assertEquals(NetException.Kind.CANCELLED, e.kind());
        assertTrue(clock.nowMillis() < 2_000, "stopped waiting promptly: " + clock.nowMillis());
        assertEquals(1, base.calls());
        assertEquals(59_000, limiter.reserve(clock.nowMillis()), "the abandoned slot was returned");
    }

    @Test
    void sharedLimiterCountsEveryCaller() throws Exception {
        RateLimiters reg = new RateLimiters();
        HttpTransport discovery = new RateLimitedTransport(base, reg.forProvider("p", 1L), "P", clock, null);
        HttpTransport chat = new RateLimitedTransport(base, reg.forProvider("p", 1L), "P", clock, null);
        base.respond(200, "").respond(200, "");
        discovery.send(req(null));
        chat.send(req(null));
        assertEquals(60_000, clock.totalSlept());
    }
}
