package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.InsecureKeyRule;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The legacy import follows the insecure-key rule: an old http:// setup keeps its key but never sends it unconfirmed. */
class LegacyInsecureKeyTest {
    private static final String KEY = "sk-legacy-insecure-000111";
    private final FakeClock clock = new FakeClock(1_700_000_000_000L);

    private LoadResult migrate(String base) throws StoreException {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        kv.put(StorageKeys.LEGACY_API_BASE, base);
        kv.put(StorageKeys.LEGACY_API_KEY, KEY);
        return new SettingsRepository(kv, clock, "page-1", UnaryOperator.identity()).load();
    }

    @Test
    void remoteHttpSetupKeepsItsKeyUnconfirmedAndTellsTheUser() throws Exception {
        LoadResult r = migrate("http://gpu.example.com:8000/v1");
        ProviderConfig p = r.settings().providers.get(0);
        assertEquals(KEY, p.apiKey, "nothing is lost: the key is migrated");
        assertFalse(p.allowInsecureKey, "the migration never confirms for the user");
        assertTrue(InsecureKeyRule.blocksKey(p));
        String notice = String.join(" ", r.notices());
        assertTrue(notice.contains("http://") && notice.contains(InsecureKeyRule.confirmation()) && notice.contains(p.name), notice);
        assertFalse(notice.contains(KEY));
        NetException e = assertThrows(NetException.class, () -> EndpointResolver.models(p, null));
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void httpsAndLocalSetupsMigrateWithoutTheNotice() throws Exception {
        for (String base : new String[] {"https://api.openai.com/v1", "http://localhost:1234/v1"}) {
            LoadResult r = migrate(base);
            ProviderConfig p = r.settings().providers.get(0);
            assertFalse(InsecureKeyRule.blocksKey(p), base);
            assertFalse(String.join(" ", r.notices()).contains(InsecureKeyRule.confirmation()), base);
            assertEquals("Bearer " + KEY, EndpointResolver.models(p, null).header("Authorization"));
        }
    }
}
