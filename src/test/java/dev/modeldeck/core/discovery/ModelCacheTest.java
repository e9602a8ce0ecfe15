package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class ModelCacheTest {
    final MemoryKeyValueStore store = new MemoryKeyValueStore();
    final FakeClock clock = new FakeClock();
    final ModelCache cache = new ModelCache(store, clock);

    private static ModelList list(String file) throws NetException { return ModelListParser.parse(Fixtures.text("models/" + file)); }

    @Test
    void successIsStoredUnderOneKeyPerProviderAndSurvivesARestart() throws Exception {
        ModelList l = list("openrouter-data-array-2024.json");
        cache.recordSuccess("or", "https://openrouter.ai/api/v1", "fp1", l);
        assertEquals(1, store.keys().size());
        assertTrue(store.get("modeldeck.models.or").contains("reflection-70b"));

        CacheEntry e = new ModelCache(store, clock).lookup("or", "https://openrouter.ai/api/v1", "fp1");
        assertNotNull(e);
        assertEquals(clock.nowMillis(), e.fetchedAt());
        ModelInfo m = e.list().models().get(0);
        ModelInfo original = l.models().get(0);
        assertEquals(original.id(), m.id());
        assertEquals(original.contextLength(), m.contextLength());
        assertEquals(original.maxOutput(), m.maxOutput());
        assertEquals(original.vision(), m.vision());
        assertEquals(original.type(), m.type());
        assertEquals(original.pricing(), m.pricing());
        assertEquals(original.displayName(), m.displayName());
        assertEquals(original.created(), m.created());
    }

    @Test
    void requestIdAndNotesRoundTrip() throws Exception {
        ModelList l = ModelListParser.parse("{\"models\":[{\"name\":\"models/gemini-2.0-flash\"},{\"x\":1}]}");
        cache.recordSuccess("g", "u", "f", l);
        CacheEntry e = new ModelCache(store, clock).lookup("g", "u", "f");
        assertEquals("models/gemini-2.0-flash", e.list().models().get(0).requestId());
        assertEquals(l.notes(), e.list().notes());
        assertEquals(1, e.list().skippedWithoutId());
    }

    @Test
    void storedEntryNeverContainsTheKey() throws Exception {
        ProviderConfig p = new ProviderConfig("x", "X", "https://x/v1");
        p.apiKey = "sk-verysecretkey123";
        cache.recordSuccess(p.id, p.baseUrl, "fingerprint-not-key", list("openai.json"));
        cache.recordFailure(p.id, p.baseUrl, "fingerprint-not-key", new NetException(NetException.Kind.AUTH, "Key rejected."));
        assertFalse(store.get(ModelCache.storeKey("x")).contains(p.apiKey));
    }

    @Test
    void freshnessFollowsTheTtl() throws Exception {
        CacheEntry e = cache.recordSuccess("p", "u", "f", list("openai.json"));
        assertTrue(e.isFresh(clock.nowMillis() + ModelCache.DEFAULT_TTL_MS - 1, ModelCache.DEFAULT_TTL_MS));
        assertFalse(e.isFresh(clock.nowMillis() + ModelCache.DEFAULT_TTL_MS, ModelCache.DEFAULT_TTL_MS));
        assertFalse(e.isFresh(clock.nowMillis() - 1, ModelCache.DEFAULT_TTL_MS), "a clock set back does not make it fresh forever");
    }

    @Test
    void ttlCanBeOverriddenPerProvider() {
        ProviderConfig p = new ProviderConfig("p", "P", "u");
        assertEquals(600_000L, ModelCache.ttlFor(p));
        p.modelCacheTtlMs = 60_000L;
        assertEquals(60_000L, ModelCache.ttlFor(p));
        p.modelCacheTtlMs = 0L;
        assertEquals(600_000L, ModelCache.ttlFor(p));
    }

    @Test
    void differentFingerprintOrUrlInvalidatesTheEntry() throws Exception {
        cache.recordSuccess("p", "https://a/v1", "fp1", list("openai.json"));
        assertNull(cache.lookup("p", "https://a/v1", "fp2"), "a new key must not see the old key's list");
        assertNull(cache.lookup("p", "https://a/v1", "fp1"), "and the old entry is gone");
        assertNull(store.get(ModelCache.storeKey("p")));

        cache.recordSuccess("p", "https://a/v1", "fp1", list("openai.json"));
        assertNull(cache.lookup("p", "https://b/v1", "fp1"));
    }

    @Test
    void failureKeepsTheLastGoodListAndRecordsTheError() throws Exception {
        cache.recordSuccess("p", "u", "f", list("groq-models.json"));
        long fetched = clock.nowMillis();
        clock.advance(5 * 60_000);
        CacheEntry e = cache.recordFailure("p", "u", "f", new NetException(NetException.Kind.SERVER, "HTTP 500").withStatus(500));
        assertEquals(8, e.list().models().size());
        assertEquals(fetched, e.fetchedAt());
        assertEquals("HTTP 500", e.lastError());
        assertEquals(NetException.Kind.SERVER, e.lastErrorKind());
        assertEquals(clock.nowMillis(), e.lastErrorAt());
        assertEquals(0, e.retryNotBefore());
        CacheEntry reloaded = new ModelCache(store, clock).lookup("p", "u", "f");
        assertEquals("HTTP 500", reloaded.lastError());
        assertEquals(8, reloaded.list().models().size());
    }

    @Test
    void rateLimitSetsRetryNotBeforeFromRetryAfter() throws Exception {
        CacheEntry e = cache.recordFailure("p", "u", "f",
                new NetException(NetException.Kind.RATE_LIMITED, "HTTP 429").withRetryAfterMs(20_000));
        assertEquals(clock.nowMillis() + 20_000, e.retryNotBefore());
        assertNull(e.list());
        assertEquals(clock.nowMillis() + 20_000, new ModelCache(store, clock).lookup("p", "u", "f").retryNotBefore());
        CacheEntry noHeader = cache.recordFailure("p", "u", "f", new NetException(NetException.Kind.RATE_LIMITED, "HTTP 429"));
        assertEquals(clock.nowMillis() + ModelCache.DEFAULT_RATE_LIMIT_WAIT_MS, noHeader.retryNotBefore());
    }

    @Test
    void successClearsTheErrorAndTheWait() throws Exception {
        cache.recordFailure("p", "u", "f", new NetException(NetException.Kind.RATE_LIMITED, "429").withRetryAfterMs(1000));
        CacheEntry e = cache.recordSuccess("p", "u", "f", list("openai.json"));
        assertNull(e.lastError());
        assertEquals(0, e.retryNotBefore());
    }

    @Test
    void corruptStoredEntriesAreIgnoredAndReportedOnce() {
        String[] corrupt = {
            "{not json", "[]", "{\"v\":1}", "{\"v\":99,\"baseUrl\":\"u\",\"fingerprint\":\"f\"}",
            "{\"v\":1,\"baseUrl\":\"u\",\"fingerprint\":\"f\",\"list\":{\"models\":\"no\"}}",
            "{\"v\":1,\"baseUrl\":\"u\",\"fingerprint\":\"f\",\"list\":{\"models\":[{\"id\":\"\"}]}}",
            "{\"v\":1,\"baseUrl\":\"u\",\"fingerprint\":\"f\",\"lastError\":\"x\",\"lastErrorKind\":\"NOPE\"}"
        };
        for (String raw : corrupt) {
            MemoryKeyValueStore s = new MemoryKeyValueStore();
            try { s.put("modeldeck.models.p", raw); } catch (dev.modeldeck.core.store.StoreException ex) { throw new AssertionError(ex); }
            ModelCache c = new ModelCache(s, clock);
            assertNull(c.lookup("p", "u", "f"), raw);
            String problem = c.takeProblem("p");
            assertNotNull(problem, raw);
            assertTrue(problem.contains("could not be read"), problem);
            assertNull(c.takeProblem("p"), "reported once");
            assertNull(c.lookup("p", "u", "f"));
        }
    }

    @Test
    void fullStorageKeepsTheListInMemoryAndReportsIt() throws Exception {
        store.setQuotaChars(50);
        CacheEntry e = cache.recordSuccess("p", "u", "f", list("groq-models.json"));
        assertNotNull(e.list());
        assertSame(e, cache.lookup("p", "u", "f"));
        assertTrue(cache.takeProblem("p").contains("could not be saved"));
    }

    @Test
    void noModelEndpointIsRemembered() {
        cache.recordNoModelEndpoint("p", "u", "f");
        CacheEntry e = new ModelCache(store, clock).lookup("p", "u", "f");
        assertTrue(e.noModelEndpoint());
        assertTrue(e.hasAnswer());
        assertNull(e.list());
    }

    @Test
    void explicitInvalidationForgetsTheList() throws Exception {
        cache.recordSuccess("p", "u", "f", list("openai.json"));
        cache.invalidate("p");
        assertNull(cache.lookup("p", "u", "f"));
        assertNull(new ModelCache(store, clock).lookup("p", "u", "f"));
    }
}
