package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.time.Cancelable;
import dev.modeldeck.core.time.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    /** Time moves only when the test says so; due tasks run in order on the test thread. */
    static final class FakeScheduler implements Scheduler {
        final List<Task> tasks = new ArrayList<>();
        long now;

        final class Task implements Cancelable {
            final Runnable r;
            final long due;
            boolean cancelled;
            Task(Runnable r, long due) { this.r = r; this.due = due; }
            @Override public void cancel() { cancelled = true; }
        }

        @Override public Cancelable schedule(Runnable r, long delayMs) {
            Task t = new Task(r, now + delayMs);
            tasks.add(t);
            return t;
        }

        void advance(long ms) {
            long target = now + ms;
            while (true) {
                Task next = null;
                for (Task t : tasks) {
                    if (!t.cancelled && t.due <= target && (next == null || t.due < next.due)) {
                        next = t;
                    }
                }
                if (next == null) {
                    break;
                }
                tasks.remove(next);
                now = next.due;
                next.r.run();
            }
            now = target;
        }

        int live() {
            int n = 0;
            for (Task t : tasks) {
                n += t.cancelled ? 0 : 1;
            }
            return n;
        }
    }

    final FakeScheduler scheduler = new FakeScheduler();
    final Debouncer debouncer = new Debouncer(scheduler);
    final List<String> ran = new ArrayList<>();

    @Test
    void runsOnlyAfterTheDefaultQuietPeriod() {
        debouncer.call(c -> ran.add("a"));
        scheduler.advance(599);
        assertTrue(ran.isEmpty());
        scheduler.advance(1);
        assertEquals(List.of("a"), ran);
    }

    @Test
    void typingBurstRunsOnceWithTheLastValue() {
        for (String s : new String[] {"h", "ht", "htt", "http://x"}) {
            debouncer.call(c -> ran.add(s));
            scheduler.advance(300);
        }
        assertTrue(ran.isEmpty());
        assertEquals(1, scheduler.live(), "superseded timers are called off");
        scheduler.advance(300);
        assertEquals(List.of("http://x"), ran);
        scheduler.advance(10_000);
        assertEquals(1, ran.size());
    }

    @Test
    void supersededCallIsCancelledEvenIfItAlreadyStarted() {
        List<Cancellation> given = new ArrayList<>();
        Cancellation first = debouncer.call(given::add);
        scheduler.advance(600);
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
        scheduler.advance(100);
        debouncer.call(c -> ran.add("second"));
        assertTrue(first.isCancelled());
        scheduler.advance(600);
        assertEquals(List.of("second"), ran);
    }

    @Test
    void cancelStopsBothPendingAndRunning() {
        Cancellation c = debouncer.call(x -> ran.add("x"));
        debouncer.cancel();
        assertTrue(c.isCancelled());
        scheduler.advance(1_000);
        assertTrue(ran.isEmpty());
        assertEquals(0, scheduler.live());
    }

    @Test
    void customDelayIsUsed() {
        Debouncer fast = new Debouncer(scheduler, 50);
        fast.call(c -> ran.add("x"));
        scheduler.advance(50);
        assertEquals(List.of("x"), ran);
    }

    @Test
    void debouncedDiscoverySendsOneRequestForABurst() {
        TestSupport.FakeTransport t = TestSupport.FakeTransport.ok(TestSupport.model("openai.json"));
        TestSupport.FakeClock clock = new TestSupport.FakeClock();
        DiscoveryService s = new DiscoveryService(t, p -> dev.modeldeck.core.net.HttpRequest.get(p.baseUrl + "/models").build(),
                p -> "fp", new ModelCache(new dev.modeldeck.core.store.MemoryKeyValueStore(), clock), clock);
        dev.modeldeck.core.provider.ProviderConfig p = new dev.modeldeck.core.provider.ProviderConfig("p", "P", "");
        List<ModelsResult> results = new ArrayList<>();
        for (String url : new String[] {"h", "http://lo", "http://localhost:11434", "http://localhost:11434/v1"}) {
            p.baseUrl = url;
            final dev.modeldeck.core.provider.ProviderConfig snapshot = p.copy();
            debouncer.call(c -> results.add(s.models(snapshot, true, c)));
            scheduler.advance(200);
        }
        scheduler.advance(600);
        assertEquals(1, t.requests.get());
        assertEquals("http://localhost:11434/v1/models", t.seen.get(0).url());
        assertEquals(ModelsResult.Status.FRESH, results.get(0).status());
    }
}
