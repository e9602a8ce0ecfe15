package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    final FakeClock clock = new FakeClock();
    final Debouncer debouncer = new Debouncer(clock);
    final List<String> ran = new ArrayList<>();

    @Test
    void runsOnlyAfterTheDefaultQuietPeriod() {
        debouncer.call(c -> ran.add("a"));
        clock.advance(599);
        assertTrue(ran.isEmpty());
        clock.advance(1);
        assertEquals(List.of("a"), ran);
    }

    @Test
    void typingBurstRunsOnceWithTheLastValue() {
        for (String s : new String[] {"h", "ht", "htt", "http://x"}) {
            debouncer.call(c -> ran.add(s));
            clock.advance(300);
        }
        assertTrue(ran.isEmpty());
        assertEquals(1, clock.pendingTasks(), "superseded timers are called off");
        clock.advance(300);
        assertEquals(List.of("http://x"), ran);
        clock.advance(10_000);
        assertEquals(1, ran.size());
    }

    @Test
    void supersededCallIsCancelledEvenIfItAlreadyStarted() {
        List<Cancellation> given = new ArrayList<>();
        Cancellation first = debouncer.call(given::add);
        clock.advance(600);
        assertEquals(1, given.size());
        assertSame(first, given.get(0));
        assertFalse(first.isCancelled());
        Cancellation second = debouncer.call(given::add);
        assertTrue(first.isCancelled(), "the running discovery for the old URL is aborted");
        assertFalse(second.isCancelled());
    }

    @Test
    void supersededPendingCallNeverRuns() {
        Cancellation first = debouncer.call(c -> ran.add("first"));
        clock.advance(100);
        debouncer.call(c -> ran.add("second"));
        assertTrue(first.isCancelled());
        clock.advance(600);
        assertEquals(List.of("second"), ran);
    }

    @Test
    void cancelStopsBothPendingAndRunning() {
        Cancellation c = debouncer.call(x -> ran.add("x"));
        debouncer.cancel();
        assertTrue(c.isCancelled());
        clock.advance(1_000);
        assertTrue(ran.isEmpty());
        assertEquals(0, clock.pendingTasks());
    }

    @Test
    void customDelayIsUsed() {
        Debouncer fast = new Debouncer(clock, 50);
        fast.call(c -> ran.add("x"));
        clock.advance(50);
        assertEquals(List.of("x"), ran);
    }

    @Test
    void debouncedDiscoverySendsOneRequestForABurst() {
        TestSupport.FakeTransport t = TestSupport.FakeTransport.ok(Fixtures.text("models/openai.json"));
        DiscoveryService s = new DiscoveryService(t, p -> dev.modeldeck.core.net.HttpRequest.get(p.baseUrl + "/models").build(),
                p -> "fp", new ModelCache(new dev.modeldeck.core.store.MemoryKeyValueStore(), clock), clock);
        dev.modeldeck.core.provider.ProviderConfig p = new dev.modeldeck.core.provider.ProviderConfig("p", "P", "");
        List<ModelsResult> results = new ArrayList<>();
        for (String url : new String[] {"h", "http://lo", "http://localhost:11434", "http://localhost:11434/v1"}) {
            p.baseUrl = url;
            final dev.modeldeck.core.provider.ProviderConfig snapshot = p.copy();
            debouncer.call(c -> results.add(s.models(snapshot, true, c)));
            clock.advance(200);
        }
        clock.advance(600);
        assertEquals(1, t.requests.get());
        assertEquals("http://localhost:11434/v1/models", t.seen.get(0).url());
        assertEquals(ModelsResult.Status.FRESH, results.get(0).status());
    }
}
