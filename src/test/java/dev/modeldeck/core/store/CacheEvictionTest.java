package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CacheEvictionTest {
    final MemoryKeyValueStore kv = new MemoryKeyValueStore();

    void fill() throws StoreException {
        kv.put("modeldeck.settings", "s".repeat(100));
        kv.put("modeldeck.conv.c1", "c".repeat(100));
        kv.put("modeldeck.settings.backup.1", "b".repeat(50));
        kv.put("modeldeck.models.small", "m".repeat(20));
        kv.put("modeldeck.models.big", "m".repeat(200));
        kv.put("modeldeck.health.p1", "h".repeat(10));
        kv.put("openai_api_key", "k".repeat(10));
    }

    @Test
    void onlyModelCachesAreEvictableLargestFirst() throws Exception {
        fill();
        assertEquals(List.of("modeldeck.models.big", "modeldeck.models.small"), CacheEviction.order(kv));
    }

    @Test
    void aFullStoreEvictsCachesUntilTheWriteFitsAndKeepsEverythingElse() throws Exception {
        fill();
        long used = 0;
        for (String k : kv.keys()) {
            used += k.length() + kv.get(k).length();
        }
        kv.setQuotaChars(used);
        EvictingKeyValueStore store = new EvictingKeyValueStore(kv);
        store.put("modeldeck.settings", "s".repeat(250)); // 150 more: the big cache must go, the small may stay
        assertNull(kv.get("modeldeck.models.big"));
        assertNotNull(kv.get("modeldeck.models.small"));
        assertNotNull(kv.get("modeldeck.conv.c1"));
        assertNotNull(kv.get("modeldeck.settings.backup.1"));
        assertEquals(250, kv.get("modeldeck.settings").length());
    }

    @Test
    void whenEvictingAllCachesIsNotEnoughTheWriteFailsAndNothingElseIsTouched() throws Exception {
        fill();
        kv.setQuotaChars(600);
        EvictingKeyValueStore store = new EvictingKeyValueStore(kv);
        StoreException e = assertThrows(StoreException.class, () -> store.put("modeldeck.settings", "s".repeat(2000)));
        assertTrue(e.quotaExceeded());
        assertEquals(100, kv.get("modeldeck.settings").length(), "old settings kept");
        assertNotNull(kv.get("modeldeck.conv.c1"));
        assertNotNull(kv.get("modeldeck.health.p1"));
        assertTrue(CacheEviction.order(kv).isEmpty());
    }
}
