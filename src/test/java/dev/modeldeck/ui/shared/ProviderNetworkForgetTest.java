package dev.modeldeck.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deleting a provider for good cleans up behind it in the browser, and only what no other provider needs. */
class ProviderNetworkForgetTest {
    private static final String LOCAL = "http://127.0.0.1/*";

    private final FakeBrowser browser = new FakeBrowser();
    private final MemoryKeyValueStore store = new MemoryKeyValueStore();
    private final HttpTransport unused = request -> {
        throw new NetException(NetException.Kind.NETWORK, "no network in this test");
    };
    private final ProviderNetwork network = new ProviderNetwork(unused, store, Clock.SYSTEM, browser);

    private static ProviderConfig provider(String id, String baseUrl, boolean stripOrigin) {
        ProviderConfig p = new ProviderConfig(id, id, baseUrl);
        p.stripOrigin = stripOrigin;
        return p;
    }

    @Test
    void theLastProviderOfAnOriginGivesItsHostPermissionBack() {
        browser.granted.add(LOCAL);
        ProviderConfig ollama = provider("ollama", "http://127.0.0.1:11434/v1", false);

        network.forget(ollama, List.of());

        assertEquals(List.of(LOCAL), browser.removedPermissions);
        assertFalse(browser.hasHostPermission(LOCAL));
    }

    @Test
    void anOriginAnotherProviderStillUsesKeepsItsPermission() {
        browser.granted.add(LOCAL);
        ProviderConfig ollama = provider("ollama", "http://127.0.0.1:11434/v1", false);
        ProviderConfig lmStudio = provider("lmstudio", "http://127.0.0.1:1234/v1", false);

        network.forget(ollama, List.of(ollama, lmStudio));

        assertTrue(browser.removedPermissions.isEmpty());
        assertTrue(browser.hasHostPermission(LOCAL));
    }

    @Test
    void theOriginRuleGoesOnlyWithAProviderThatHadOne() {
        browser.originRules.add("ollama");
        browser.originRules.add("vllm");

        network.forget(provider("ollama", "http://127.0.0.1:11434/v1", true), List.of());
        network.forget(provider("vllm", "http://127.0.0.1:8000/v1", false), List.of());

        assertFalse(browser.hasOriginRule("ollama"));
        assertTrue(browser.hasOriginRule("vllm"), "vLLM never asked for a rule, so forgetting it must not touch one");
    }

    @Test
    void storedHealthAndModelCacheOfTheProviderAreDeleted() throws Exception {
        store.put(StorageKeys.health("ollama"), "{}");
        store.put(StorageKeys.modelCache("ollama"), "{}");
        store.put(StorageKeys.modelCache("groq"), "{}");

        network.forget(provider("ollama", "http://127.0.0.1:11434/v1", false), List.of());

        assertNull(store.get(StorageKeys.health("ollama")));
        assertNull(store.get(StorageKeys.modelCache("ollama")));
        assertEquals("{}", store.get(StorageKeys.modelCache("groq")));
    }
}
