package dev.modeldeck.core.discovery;

import static dev.modeldeck.core.discovery.TestSupport.none;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.discovery.TestSupport.FakeTransport;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderTextLimits;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a /models answer can make us keep is bounded: its numbers, the length of its texts and its share of storage. */
class ProviderListLimitsTest {
    final FakeClock clock = new FakeClock();
    final MemoryKeyValueStore store = new MemoryKeyValueStore();
    final ModelCache cache = new ModelCache(store, clock);

    private static ModelInfo only(String entryJson) throws NetException {
        return ModelListParser.parse("{\"data\":[" + entryJson + "]}").models().get(0);
    }

    /** A list of {@code n} models whose ids are {@code idLength} characters long. */
    static String list(int n, int idLength, String prefix) {
        StringBuilder sb = new StringBuilder("{\"data\":[");
        for (int i = 0; i < n; i++) {
            String num = prefix + i + "-";
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(num).append("x".repeat(Math.max(0, idLength - num.length())))
                .append("\",\"owned_by\":\"o\"}");
        }
        return sb.append("]}").toString();
    }

    private static long storedChars(MemoryKeyValueStore s, String prefix) {
        long n = 0;
        for (String k : s.keys()) {
            if (k.startsWith(prefix)) {
                n += k.length() + s.get(k).length();
            }
        }
        return n;
    }

    // ---- numbers ----

    @Test
    void impossibleContextLengthsFallBackToTheNextFieldOrToUnknown() throws Exception {
        assertEquals(Long.valueOf(8192), only("{\"id\":\"a\",\"context_length\":1e400,\"context_window\":8192}").contextLength().value());
        assertNull(only("{\"id\":\"a\",\"context_length\":\"NaN\",\"max_model_len\":-4096}").contextLength().value());
        assertNull(only("{\"id\":\"a\",\"context_length\":1e300}").contextLength().value(), "above a billion tokens is noise");
        assertEquals(Long.valueOf(2_000_000), only("{\"id\":\"a\",\"context_length\":2000000.7}").contextLength().value());
        assertNull(only("{\"id\":\"a\",\"max_completion_tokens\":\"Infinity\"}").maxOutput().value());
    }

    @Test
    void impossibleCreatedTimesAreLeftOut() throws Exception {
        assertNull(only("{\"id\":\"a\",\"created\":1e400}").created());
        assertNull(only("{\"id\":\"a\",\"created\":-1e400,\"created_at\":-5}").created());
        assertNull(only("{\"id\":\"a\",\"created\":1e18}").created());
        assertEquals(Long.valueOf(1735689600L), only("{\"id\":\"a\",\"created\":1e400,\"created_at\":1735689600}").created());
        assertEquals(Long.valueOf(1735689600000L), only("{\"id\":\"a\",\"created\":1735689600000}").created(), "milliseconds pass");
    }

    @Test
    void impossiblePricesAreNoPrices() throws Exception {
        assertNull(only("{\"id\":\"a\",\"pricing\":{\"prompt\":1e400,\"completion\":\"Infinity\"}}").pricing().value());
        Pricing p = only("{\"id\":\"a\",\"pricing\":{\"prompt\":\"0.000003\",\"completion\":1e300}}").pricing().value();
        assertEquals(3.0, p.promptPerMillion(), 1e-9);
        assertNull(p.completionPerMillion());
    }

    @Test
    void anErrorCodeOutsideHttpRangeIsNoStatus() {
        NetException e = assertThrows(NetException.class,
            () -> ModelListParser.parse("{\"error\":{\"message\":\"nope\",\"code\":1e400}}"));
        assertEquals(NetException.Kind.PROTOCOL, e.kind());
        assertEquals(200, e.status());
    }

    @Test
    void aStoredListWithImpossibleNumbersStillReads() {
        String stored = "{\"v\":1,\"baseUrl\":\"u\",\"fingerprint\":\"f\",\"fetchedAt\":1e400,\"list\":{\"models\":"
            + "[{\"id\":\"a\",\"created\":1e400,\"context\":-1e400}],\"notes\":[],\"skipped\":1e400}}";
        CacheEntry e = ModelCache.decode(stored, dev.modeldeck.core.json.JsonParser::tryParse);
        assertNotNull(e);
        assertEquals(0, e.fetchedAt());
        assertNull(e.list().models().get(0).created());
        assertEquals(0, e.list().skippedWithoutId());
    }

    // ---- text lengths ----

    @Test
    void idsOverTheLimitAreLeftOutWithANote() throws Exception {
        String huge = "giant-" + "x".repeat(1_000_000);
        String longest = "a".repeat(ProviderTextLimits.MODEL_ID);
        ModelList l = ModelListParser.parse("{\"data\":[{\"id\":" + JsonWriter.quote(huge) + "},{\"id\":\"" + longest + "\"},"
            + "{\"id\":\"models/" + "b".repeat(ProviderTextLimits.MODEL_ID - 3) + "\"},{\"id\":\"demo-chat\"}]}");
        List<String> ids = new ArrayList<>();
        for (ModelInfo m : l.models()) {
            ids.add(m.id());
        }
        assertEquals(List.of(longest, "demo-chat"), ids, "the id as listed (with models/) is what must fit");
        assertTrue(l.notes().contains("2 models with ids longer than 512 characters were left out."), l.notes().toString());
        cache.recordSuccess("p", "u", "f", l);
        assertTrue(store.get(ModelCache.storeKey("p")).length() < 2_000, "no copy of the giant id is stored");
    }

    @Test
    void longNamesAndLabelsAreCutWithAnEllipsis() throws Exception {
        ModelInfo m = only("{\"id\":\"m\",\"display_name\":\"" + "N".repeat(5000) + "\",\"owned_by\":\"" + "o".repeat(5000)
            + "\",\"root\":\"" + "r".repeat(300) + "\",\"state\":\"" + "s".repeat(101) + "\",\"details\":{\"family\":\"llama\"}}");
        assertEquals(ProviderTextLimits.NAME, m.displayName().length());
        assertTrue(m.displayName().endsWith("\u2026"));
        assertEquals(ProviderTextLimits.LABEL, m.ownedBy().length());
        assertEquals(ProviderTextLimits.LABEL, m.baseModel().length());
        assertEquals(ProviderTextLimits.LABEL, m.state().length());
        assertEquals("llama", m.family());
        assertEquals("\ud83d\ude00".repeat(49) + "\u2026", ProviderTextLimits.cut("\ud83d\ude00".repeat(80), 100), "no half emoji");
    }

    // ---- storage budget ----

    @Test
    void aListOverTheEntryBudgetIsKeptInMemoryWithANoteAndReplacesTheStoredOne() throws Exception {
        cache.recordSuccess("big", "u", "f", ModelListParser.parse(list(3, 20, "old")));
        assertNotNull(store.get(ModelCache.storeKey("big")));
        ModelList huge = ModelListParser.parse(list(12_000, 100, "m"));
        cache.recordSuccess("big", "u", "f", huge);
        assertNull(store.get(ModelCache.storeKey("big")), "neither the huge list nor the old one is stored");
        assertEquals(12_000, cache.lookup("big", "u", "f").list().models().size(), "this page still has it");
        String note = cache.memoryOnlyNote("big");
        assertTrue(note.startsWith("The model list is too large to keep (1,"), note);
        assertTrue(note.contains("at most 1,000,000 are stored per provider"), note);
        assertEquals(note, cache.memoryOnlyNote("big"), "said for as long as it holds");

        cache.recordSuccess("big", "u", "f", ModelListParser.parse(list(3, 20, "new")));
        assertNull(cache.memoryOnlyNote("big"));
        assertTrue(store.get(ModelCache.storeKey("big")).contains("new0-"));
    }

    @Test
    void otherProvidersOldestEntriesMakeRoomWithinTheTotalBudget() throws Exception {
        ModelList nearlyFull = ModelListParser.parse(list(6_500, 120, "m")); // about 0.94 M characters stored
        cache.recordSuccess("oldest", "u", "f", nearlyFull);
        clock.advance(1000);
        cache.recordSuccess("middle", "u", "f", nearlyFull);
        clock.advance(1000);
        assertTrue(storedChars(store, ModelCache.KEY_PREFIX) <= ModelCache.MAX_TOTAL_CHARS);
        cache.recordSuccess("newest", "u", "f", nearlyFull);
        assertNull(store.get(ModelCache.storeKey("oldest")), "the oldest list gave way");
        assertNotNull(store.get(ModelCache.storeKey("middle")));
        assertNotNull(store.get(ModelCache.storeKey("newest")));
        assertTrue(storedChars(store, ModelCache.KEY_PREFIX) <= ModelCache.MAX_TOTAL_CHARS);
        assertNotNull(cache.lookup("oldest", "u", "f"), "the page that fetched it keeps it in memory");
        assertNull(new ModelCache(store, clock).lookup("oldest", "u", "f"), "another page fetches it again");
    }

    @Test
    void discoverySaysAtOnceThatAHugeListIsNotKept() {
        ProviderConfig p = new ProviderConfig("huge", "Huge", "https://h.example/v1");
        DiscoveryService s = new DiscoveryService(FakeTransport.ok(list(12_000, 100, "m")),
            q -> HttpRequest.get(q.baseUrl + "/models").build(), q -> "fp", cache, clock);
        ModelsResult first = s.models(p, false, none());
        assertEquals(12_000, first.models().size());
        assertTrue(first.notes().stream().anyMatch(n -> n.startsWith("The model list is too large to keep")), first.notes().toString());
        ModelsResult again = s.models(p, false, none());
        assertEquals(ModelsResult.Status.CACHED, again.status(), "served from memory, not fetched again");
        assertEquals(1, again.notes().stream().filter(n -> n.startsWith("The model list is too large")).count(), again.notes().toString());
        assertEquals(0, store.keys().size());
    }
}
