package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.NetException.Kind;
import dev.modeldeck.testsupport.FakeClock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailoverPlannerTest {
    private final FakeClock clock = new FakeClock(0);
    private final Map<String, CircuitBreaker> breakers = new HashMap<>();

    private static List<FailoverEntry> chain(String... labels) {
        FailoverEntry[] out = new FailoverEntry[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int slash = labels[i].indexOf('/');
            out[i] = new FailoverEntry(labels[i].substring(0, slash), labels[i].substring(slash + 1));
        }
        return Arrays.asList(out);
    }

    private FailoverPlanner planner(String... labels) {
        return new FailoverPlanner(chain(labels), breakers::get);
    }

    private static NetException err(Kind k, int status) {
        return new NetException(k, "x").withStatus(status);
    }

    @Test
    void walksTheChainInOrderOnAvailabilityFailures() {
        FailoverPlanner p = planner("openai/gpt-4o", "groq/llama", "local/qwen");
        assertEquals("openai/gpt-4o", p.next().label());
        assertTrue(p.onFailure(err(Kind.SERVER, 503), false));
        assertEquals("groq/llama", p.next().label());
        assertTrue(p.onFailure(err(Kind.RATE_LIMITED, 429), false));
        assertEquals("local/qwen", p.next().label());
        assertEquals(Arrays.asList("skipped openai/gpt-4o: server error (HTTP 503)",
                "skipped groq/llama: rate limited (HTTP 429)"), p.notes());
    }

    @Test
    void notesNameProvidersThePageKnowsThemBy() {
        Map<String, String> names = Map.of("p1", "Work OpenAI", "p2", "Home Ollama");
        FailoverPlanner p = planner("p1/gpt-4o", "p1/gpt-4o-mini", "p2/qwen").names(names::get);
        p.next();
        assertTrue(p.onFailure(err(Kind.AUTH, 401), false));
        assertEquals("p2/qwen", p.next().label());
        assertEquals(Arrays.asList("skipped Work OpenAI / gpt-4o: the API key was rejected (HTTP 401)",
                "skipped Work OpenAI / gpt-4o-mini: Work OpenAI already failed (the API key was rejected (HTTP 401))"), p.notes());
    }

    @Test
    void authAndQuotaMoveOnBecauseAnotherProviderMayWork() {
        for (Kind k : new Kind[] {Kind.AUTH, Kind.QUOTA, Kind.PERMISSION, Kind.NOT_FOUND, Kind.BAD_REQUEST,
            Kind.UNAVAILABLE, Kind.NETWORK, Kind.TIMEOUT_HEADERS, Kind.PROTOCOL}) {
            FailoverPlanner p = planner("a/m", "b/m");
            p.next();
            assertTrue(p.onFailure(err(k, 0), false), k.name());
            assertEquals("b/m", p.next().label(), k.name());
        }
    }

    @Test
    void cancelAndContextLengthStopTheChain() {
        for (Kind k : new Kind[] {Kind.CANCELLED, Kind.CONTEXT_LENGTH}) {
            FailoverPlanner p = planner("a/m", "b/m");
            p.next();
            assertFalse(p.onFailure(err(k, 0), false), k.name());
            assertNull(p.next());
            assertTrue(p.notes().isEmpty());
        }
    }

    @Test
    void neverMovesOnAfterTheFirstToken() {
        FailoverPlanner p = planner("a/m", "b/m");
        p.next();
        assertFalse(p.onFailure(err(Kind.TIMEOUT_IDLE, 0), true));
        assertNull(p.next());
    }

    @Test
    void openBreakerIsSkippedWithItsReason() {
        CircuitBreaker b = new CircuitBreaker("groq", clock);
        for (int i = 0; i < 3; i++) {
            b.record(Kind.SERVER);
        }
        breakers.put("groq", b);
        FailoverPlanner p = planner("groq/llama", "openai/gpt-4o");
        assertEquals("openai/gpt-4o", p.next().label());
        assertTrue(p.notes().get(0).startsWith("skipped groq/llama: groq is paused after 3 failures"), p.notes().get(0));
    }

    @Test
    void providerWideFailureSkipsThatProvidersOtherModels() {
        FailoverPlanner p = planner("openai/gpt-4o", "openai/gpt-4o-mini", "groq/llama");
        p.next();
        p.onFailure(err(Kind.AUTH, 401), false);
        assertEquals("groq/llama", p.next().label());
        assertEquals("skipped openai/gpt-4o-mini: openai already failed (the API key was rejected (HTTP 401))", p.notes().get(1));
    }

    @Test
    void modelSpecificFailureStillTriesTheSameProvidersNextModel() {
        FailoverPlanner p = planner("openai/gpt-5", "openai/gpt-4o");
        p.next();
        p.onFailure(err(Kind.NOT_FOUND, 404), false);
        assertEquals("openai/gpt-4o", p.next().label());
    }

    @Test
    void exhaustedChainReturnsNullAndSaysNoMore() {
        FailoverPlanner p = planner("a/m");
        p.next();
        assertFalse(p.onFailure(err(Kind.SERVER, 500), false));
        assertNull(p.next());
        assertEquals(1, p.notes().size());
    }

    @Test
    void halfOpenBreakerGetsTheProbe() {
        CircuitBreaker b = new CircuitBreaker("a", clock);
        for (int i = 0; i < 3; i++) {
            b.record(Kind.SERVER);
        }
        breakers.put("a", b);
        clock.advance(30_000);
        assertEquals("a/m", planner("a/m", "b/m").next().label());
    }
}
