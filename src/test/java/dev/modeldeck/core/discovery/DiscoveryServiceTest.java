package dev.modeldeck.core.discovery;

import static dev.modeldeck.core.discovery.TestSupport.none;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.discovery.TestSupport.FakeResponse;
import dev.modeldeck.core.discovery.TestSupport.FakeTransport;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DiscoveryServiceTest {
    static final String KEY = "sk-test-0123456789abcdef";

    final FakeClock clock = new FakeClock();
    final MemoryKeyValueStore store = new MemoryKeyValueStore();
    final ModelCache cache = new ModelCache(store, clock);
    final ProviderConfig provider = provider();
    final List<Runnable> backgroundTasks = new ArrayList<>();

    static ProviderConfig provider() {
        ProviderConfig p = new ProviderConfig("groq", "Groq", "https://api.groq.com/openai/v1");
        p.apiKey = KEY;
        return p;
    }

    DiscoveryService service(FakeTransport t) {
        return new DiscoveryService(t,
                p -> HttpRequest.get(p.baseUrl + "/models").header("Authorization", "Bearer " + p.apiKey).build(),
                p -> "fp:" + p.apiKey.length() + ":" + p.apiKey.charAt(p.apiKey.length() - 1),
                cache, clock).background(backgroundTasks::add);
    }

    static FakeTransport status(int status, String body, String... headers) {
        return new FakeTransport(r -> new FakeResponse(status, body, headers));
    }

    // ---- success and cache ----

    @Test
    void firstCallFetchesThroughTheGivenRequestBuilder() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/groq-models.json"));
        ModelsResult r = service(t).models(provider, false, none());
        assertEquals(ModelsResult.Status.FRESH, r.status());
        assertEquals(8, r.models().size());
        assertEquals("https://api.groq.com/openai/v1/models", t.seen.get(0).url());
        assertEquals("Bearer " + KEY, t.seen.get(0).header("Authorization"));
        assertEquals("Updated just now.", r.summary(clock.nowMillis()));
    }

    @Test
    void listWithinTtlIsServedFromCacheWithoutARequest() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/groq-models.json"));
        DiscoveryService s = service(t);
        s.models(provider, false, none());
        clock.advance(9 * 60_000);
        ModelsResult r = s.models(provider, false, none());
        assertEquals(ModelsResult.Status.CACHED, r.status());
        assertEquals(1, t.requests.get());
        assertEquals("Updated 9 min ago.", r.summary(clock.nowMillis()));
        clock.advance(60_000);
        assertEquals(ModelsResult.Status.FRESH, s.models(provider, false, none()).status());
        assertEquals(2, t.requests.get());
    }

    @Test
    void providerTtlOverrideIsUsed() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/openai.json"));
        DiscoveryService s = service(t);
        provider.modelCacheTtlMs = 30_000L;
        s.models(provider, false, none());
        clock.advance(30_000);
        s.models(provider, false, none());
        assertEquals(2, t.requests.get());
    }

    @Test
    void forceRefreshBypassesAFreshCache() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/openai.json"));
        DiscoveryService s = service(t);
        s.models(provider, false, none());
        assertEquals(ModelsResult.Status.FRESH, s.models(provider, true, none()).status());
        assertEquals(2, t.requests.get());
    }

    @Test
    void newKeyOrUrlFetchesAgain() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/openai.json"));
        DiscoveryService s = service(t);
        s.models(provider, false, none());
        provider.apiKey = KEY + "X";
        assertEquals(ModelsResult.Status.FRESH, s.models(provider, false, none()).status());
        provider.baseUrl = "https://other/v1";
        assertEquals(ModelsResult.Status.FRESH, s.models(provider, false, none()).status());
        assertEquals(3, t.requests.get());
    }

    @Test
    void fingerprintThatContainsTheKeyIsRefused() {
        DiscoveryService s = new DiscoveryService(FakeTransport.ok("[]"), p -> HttpRequest.get(p.baseUrl).build(),
                p -> "oops-" + p.apiKey, cache, clock);
        assertThrows(IllegalArgumentException.class, () -> s.models(provider, false, none()));
        assertTrue(store.keys().isEmpty());
    }

    @Test
    void emptyListIsAFlaggedSuccess() {
        ModelsResult r = service(FakeTransport.ok("{\"object\":\"list\",\"data\":[]}")).models(provider, false, none());
        assertEquals(ModelsResult.Status.FRESH, r.status());
        assertTrue(r.providerReturnedNone());
        assertNull(r.error());
        assertTrue(r.summary(clock.nowMillis()).contains("returned no models"), r.summary(clock.nowMillis()));
    }

    // ---- no list, auth, rate limits, servers ----

    @Test
    void notFoundMeansNoModelListNotAFailure() {
        FakeTransport t = status(404, Fixtures.text("errors/openai-404.json"));
        DiscoveryService s = service(t);
        ModelsResult r = s.models(provider, false, none());
        assertEquals(ModelsResult.Status.NO_MODEL_LIST, r.status());
        assertTrue(r.noModelList());
        assertNull(r.error());
        assertEquals("This provider has no model list \u2014 add models by hand.", r.summary(clock.nowMillis()));
        assertEquals(ModelsResult.Status.NO_MODEL_LIST, s.models(provider, false, none()).status());
        assertEquals(1, t.requests.get(), "remembered for the TTL");
    }

    @Test
    void unauthorizedIsAnAuthErrorWithTheProvidersMessage() {
        ModelsResult r = service(status(401, Fixtures.text("errors/openai-401.json"), "Content-Type", "application/json"))
                .models(provider, false, none());
        assertEquals(ModelsResult.Status.FAILED, r.status());
        assertEquals(NetException.Kind.AUTH, r.error().kind());
        assertEquals(401, r.error().status());
        assertTrue(r.error().providerMessage().startsWith("Incorrect API key provided"), r.error().providerMessage());
        assertTrue(r.summary(clock.nowMillis()).startsWith("Could not load models: "), r.summary(clock.nowMillis()));
        assertTrue(r.summary(clock.nowMillis()).contains("Incorrect API key"), r.summary(clock.nowMillis()));
    }

    @Test
    void azureAndMistralAuthMessagesAreRead() {
        ModelsResult azure = service(status(401, Fixtures.text("errors/azure-401.json"))).models(provider, false, none());
        assertTrue(azure.error().providerMessage().startsWith("Access denied"));
        ModelsResult mistral = service(status(401, Fixtures.text("errors/mistral-401.json"))).models(provider(), true, none());
        assertEquals("Unauthorized", mistral.error().providerMessage());
    }

    @Test
    void forbiddenWithEmptyBodyIsReportedWithItsStatus() {
        ModelsResult r = service(status(403, Fixtures.text("errors/ollama-403.json"))).models(provider, false, none());
        assertEquals(ModelsResult.Status.FAILED, r.status());
        assertEquals(403, r.error().status());
        assertTrue(r.error().kind() == NetException.Kind.PERMISSION || r.error().kind() == NetException.Kind.AUTH);
    }

    @Test
    void keyInAnErrorBodyIsRedacted() {
        String body = "{\"error\":{\"message\":\"Key " + KEY + " is not valid\"}}";
        ModelsResult r = service(status(401, body)).models(provider, false, none());
        assertFalse(r.error().providerMessage().contains(KEY), r.error().providerMessage());
        assertFalse(r.summary(clock.nowMillis()).contains(KEY));
        assertFalse(String.valueOf(store.get(ModelCache.storeKey("groq"))).contains(KEY));
    }

    @Test
    void rateLimitWithRetryAfterBlocksRequestsUntilThen() {
        FakeTransport t = status(429, Fixtures.text("errors/groq-429.json"), "Retry-After", "20");
        DiscoveryService s = service(t);
        ModelsResult r = s.models(provider, false, none());
        assertEquals(NetException.Kind.RATE_LIMITED, r.error().kind());
        assertEquals(20_000, r.error().retryAfterMs());
        assertEquals(clock.nowMillis() + 20_000, r.retryNotBefore());
        assertTrue(r.summary(clock.nowMillis()).contains("Next try in 20 s"), r.summary(clock.nowMillis()));

        clock.advance(19_000);
        ModelsResult blocked = s.models(provider, true, none());
        assertEquals(1, t.requests.get(), "not even a forced refresh asks before Retry-After");
        assertEquals(NetException.Kind.RATE_LIMITED, blocked.error().kind());
        assertEquals(1_000, blocked.error().retryAfterMs());

        clock.advance(1_000);
        t.responder = req -> new FakeResponse(200, Fixtures.text("models/groq-models.json"));
        assertEquals(ModelsResult.Status.FRESH, s.models(provider, false, none()).status());
        assertEquals(2, t.requests.get());
    }

    @Test
    void rateLimitServesTheStaleListWithTheError() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/groq-models.json"));
        DiscoveryService s = service(t);
        s.models(provider, false, none());
        clock.advance(11 * 60_000);
        t.responder = req -> new FakeResponse(429, Fixtures.text("errors/groq-429.json"), "retry-after-ms", "1500");
        ModelsResult r = s.models(provider, false, none());
        assertEquals(ModelsResult.Status.STALE, r.status());
        assertEquals(8, r.models().size());
        assertEquals(clock.nowMillis() + 1_500, r.retryNotBefore());
        ModelsResult again = s.models(provider, false, none());
        assertEquals(ModelsResult.Status.STALE, again.status());
        assertEquals(8, again.models().size());
        assertEquals(2, t.requests.get());
    }

    @Test
    void serverErrorAfterSuccessKeepsTheLastGoodList() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/groq-models.json"));
        DiscoveryService s = service(t);
        s.models(provider, false, none());
        clock.advance(12 * 60_000);
        t.responder = req -> new FakeResponse(500, "Internal Server Error");
        ModelsResult r = s.models(provider, false, none());
        assertEquals(ModelsResult.Status.STALE, r.status());
        assertEquals(8, r.models().size());
        assertEquals(NetException.Kind.SERVER, r.error().kind());
        assertEquals(clock.nowMillis(), r.lastErrorAt());
        String summary = r.summary(clock.nowMillis());
        assertTrue(summary.startsWith("Last updated 12 min ago, refresh failed: "), summary);
    }

    @Test
    void serverErrorWithoutEarlierListFails() {
        ModelsResult r = service(status(500, "oops")).models(provider, false, none());
        assertEquals(ModelsResult.Status.FAILED, r.status());
        assertTrue(r.models().isEmpty());
        assertEquals(500, r.error().status());
    }

    @Test
    void networkFailureIsReported() {
        FakeTransport t = new FakeTransport(req -> {
            throw new NetException(NetException.Kind.NETWORK, "Nothing answered at api.groq.com.");
        });
        ModelsResult r = service(t).models(provider, false, none());
        assertEquals(ModelsResult.Status.FAILED, r.status());
        assertEquals(NetException.Kind.NETWORK, r.error().kind());
    }

    @Test
    void brokenRequestBuilderIsABadRequestNotACrash() {
        DiscoveryService s = new DiscoveryService(FakeTransport.ok("[]"), p -> {
            throw new IllegalArgumentException("bad URL with " + KEY);
        }, p -> "fp", cache, clock);
        ModelsResult r = s.models(provider, false, none());
        assertEquals(NetException.Kind.BAD_REQUEST, r.error().kind());
        assertFalse(r.error().getMessage().contains(KEY), r.error().getMessage());
    }

    // ---- bodies that are not model lists ----

    @Test
    void htmlPageOn200IsAProtocolFailure() {
        ModelsResult r = service(status(200, "<html><body><h1>Welcome to nginx!</h1></body></html>", "Content-Type", "text/html"))
                .models(provider, false, none());
        assertEquals(ModelsResult.Status.FAILED, r.status());
        assertEquals(NetException.Kind.PROTOCOL, r.error().kind());
        assertTrue(r.error().getMessage().contains("Welcome to nginx!"), r.error().getMessage());
    }

    @Test
    void plainTextJsonErrorAndWrongShapeOn200AreProtocolFailures() {
        String[][] cases = {
            {"text/plain", "Hello from the proxy"},
            {"application/json", Fixtures.text("errors/openai-429-insufficient_quota.json")},
            {"application/json", "{\"foo\":1}"},
            {"application/json", ""},
        };
        for (String[] c : cases) {
            ModelsResult r = service(status(200, c[1], "Content-Type", c[0])).models(provider(), true, none());
            assertEquals(ModelsResult.Status.FAILED, r.status(), c[1]);
            assertEquals(NetException.Kind.PROTOCOL, r.error().kind(), c[1]);
        }
    }

    @Test
    void bodyOverTenMegabytesIsTooLargeAndNotReadToTheEnd() {
        StringBuilder sb = new StringBuilder("{\"data\":[");
        while (sb.length() < 12_000_000) {
            sb.append("{\"id\":\"model-padding-padding-padding\"},");
        }
        sb.append("{\"id\":\"last\"}]}");
        FakeResponse response = new FakeResponse(200, sb.toString(), 65_536);
        ModelsResult r = service(new FakeTransport(req -> response)).models(provider, false, none());
        assertEquals(NetException.Kind.TOO_LARGE, r.error().kind());
        assertTrue(response.charsRead() < 10_100_000, "read " + response.charsRead());
        assertTrue(response.closed);
    }

    @Test
    void everyFixtureLoadsThroughTheService() throws Exception {
        for (String f : FixtureSummaryTest.FIXTURES) {
            ModelsResult r = service(FakeTransport.ok(Fixtures.text("models/" + f))).models(provider(), true, none());
            assertEquals(ModelsResult.Status.FRESH, r.status(), f);
            assertFalse(r.models().isEmpty(), f);
        }
    }

    // ---- single flight, cancellation, stale-while-revalidate ----

    @Test
    void fiftyConcurrentCallersShareOneRequest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeTransport t = new FakeTransport(req -> {
            try {
                release.await(10, TimeUnit.SECONDS);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new NetException(NetException.Kind.CANCELLED, "interrupted");
            }
            return new FakeResponse(200, Fixtures.text("models/groq-models.json"));
        });
        DiscoveryService s = service(t);
        int n = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<ModelsResult> results = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                results.add(s.models(provider(), false, none()));
            });
            th.start();
            threads.add(th);
        }
        start.countDown();
        long deadline = System.currentTimeMillis() + 10_000;
        while (s.callersWaiting(provider()) < n && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(n, s.callersWaiting(provider()), "all callers joined the one request");
        release.countDown();
        for (Thread th : threads) {
            th.join(10_000);
        }
        assertEquals(1, t.requests.get());
        assertEquals(n, results.size());
        ModelList first = results.get(0).list();
        for (ModelsResult r : results) {
            assertEquals(ModelsResult.Status.FRESH, r.status());
            assertSame(first, r.list(), "every caller gets the same list");
        }
        assertEquals(8, first.models().size());
    }

    @Test
    void aCallerWhoCancelsStopsWaitingAndTheLastOneAbortsTheRequest() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        AtomicReference<Cancellation> requestCancel = new AtomicReference<>();
        FakeTransport t = new FakeTransport(req -> {
            requestCancel.set(req.cancellation());
            inFlight.countDown();
            long until = System.currentTimeMillis() + 10_000;
            while (!req.cancellation().isCancelled() && System.currentTimeMillis() < until) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    break;
                }
            }
            throw NetException.cancelled();
        });
        DiscoveryService s = service(t);
        Cancellation leaderCancel = new Cancellation();
        Cancellation followerCancel = new Cancellation();
        AtomicReference<ModelsResult> leader = new AtomicReference<>();
        AtomicReference<ModelsResult> follower = new AtomicReference<>();
        Thread a = new Thread(() -> leader.set(s.models(provider, false, leaderCancel)));
        a.start();
        assertTrue(inFlight.await(5, TimeUnit.SECONDS));
        Thread b = new Thread(() -> follower.set(s.models(provider, false, followerCancel)));
        b.start();
        while (s.callersWaiting(provider) < 2) {
            Thread.sleep(2);
        }
        followerCancel.cancel();
        b.join(5_000);
        assertEquals(ModelsResult.Status.CANCELLED, follower.get().status());
        assertFalse(requestCancel.get().isCancelled(), "the leader still wants the answer");

        leaderCancel.cancel();
        a.join(5_000);
        assertTrue(requestCancel.get().isCancelled(), "nobody wants it any more");
        assertEquals(ModelsResult.Status.CANCELLED, leader.get().status());
        assertNull(cache.lookup(provider.id, provider.baseUrl, "fp:" + KEY.length() + ":f"), "a cancel is not a failure to remember");
    }

    @Test
    void staleListIsServedAtOnceAndRefreshedInTheBackground() {
        FakeTransport t = FakeTransport.ok(Fixtures.text("models/openai.json"));
        DiscoveryService s = service(t);
        s.models(provider, false, none());
        clock.advance(15 * 60_000);
        t.responder = req -> new FakeResponse(200, Fixtures.text("models/groq-models.json"));
        AtomicReference<ModelsResult> refreshed = new AtomicReference<>();
        ModelsResult now = s.modelsNow(provider, refreshed::set);
        assertEquals(ModelsResult.Status.STALE, now.status());
        assertTrue(now.refreshing());
        assertEquals(3, now.models().size());
        assertEquals("Last updated 15 min ago; refreshing\u2026", now.summary(clock.nowMillis()));
        assertEquals(1, t.requests.get(), "nothing sent on the caller's thread");
        assertEquals(1, backgroundTasks.size());
        backgroundTasks.get(0).run();
        assertEquals(2, t.requests.get());
        assertEquals(ModelsResult.Status.FRESH, refreshed.get().status());
        assertEquals(8, refreshed.get().models().size());
        assertEquals(ModelsResult.Status.CACHED, s.modelsNow(provider, null).status());
        assertEquals(1, backgroundTasks.size(), "fresh lists start no refresh");
    }

    @Test
    void nothingCachedYetIsLoadingWhileTheBackgroundFetchRuns() {
        DiscoveryService s = service(FakeTransport.ok(Fixtures.text("models/openai.json")));
        ModelsResult r = s.modelsNow(provider, null);
        assertEquals(ModelsResult.Status.LOADING, r.status());
        assertEquals(1, backgroundTasks.size());
    }

    @Test
    void staleWhileRevalidateRespectsRetryAfter() {
        FakeTransport t = status(429, "{}", "Retry-After", "60");
        DiscoveryService s = service(t);
        s.models(provider, false, none());
        ModelsResult r = s.modelsNow(provider, null);
        assertTrue(backgroundTasks.isEmpty());
        assertEquals(NetException.Kind.RATE_LIMITED, r.error().kind());
    }

    @Test
    void corruptSavedListIsReportedInTheResult() throws Exception {
        store.put(ModelCache.storeKey("groq"), "{broken");
        ModelsResult r = service(FakeTransport.ok(Fixtures.text("models/openai.json"))).models(provider, false, none());
        assertEquals(ModelsResult.Status.FRESH, r.status());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("could not be read"));
    }
}
