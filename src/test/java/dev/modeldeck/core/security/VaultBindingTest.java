package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.edit.VaultEntries;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stored vault keeps keys bound to provider id and server, and loses them when a provider is deleted. */
class VaultBindingTest {
    private static final String PASS = "correct horse battery";
    private static final String OPENAI_KEY = "sk-proj-vaultbound-0123456789";
    private static final String GROQ_KEY = "gsk_vaultbound_0123456789";

    private final FlakyStore store = new FlakyStore();
    private final CheapKdfCrypto crypto = new CheapKdfCrypto();
    private final MemorySessionKeyStore session = new MemorySessionKeyStore();
    private final ProviderConfig openai = keyed("p-openai", "https://api.openai.com/v1", OPENAI_KEY);
    private final ProviderConfig groq = keyed("p-groq", "https://api.groq.com/openai/v1", GROQ_KEY);

    private static ProviderConfig keyed(String id, String url, String key) {
        ProviderConfig p = new ProviderConfig(id, id, url);
        p.apiKey = key;
        return p;
    }

    private Vault enabled() throws VaultException {
        Vault v = new Vault(store, crypto, session);
        v.enable(PASS, Map.of(ProviderSecrets.keySlot(openai.id, openai.baseUrl), OPENAI_KEY, ProviderSecrets.keySlot(groq.id, groq.baseUrl), GROQ_KEY));
        return v;
    }

    /** What a freshly opened page finds after unlocking. */
    private Vault reopened() throws VaultException {
        Vault v = new Vault(store, crypto, new MemorySessionKeyStore());
        v.unlock(PASS);
        return v;
    }

    @Test
    void aKeyIsUsedOnlyWhileTheProviderPointsAtItsServer() throws Exception {
        enabled();
        Vault page = reopened();
        assertEquals(OPENAI_KEY, keyFor(page.keys(), openai));
        ProviderConfig redirected = openai.copy();
        redirected.baseUrl = "https://collect.attacker.example/v1"; // e.g. the stored address changed elsewhere
        assertNull(keyFor(page.keys(), redirected));
    }

    @Test
    void deletingAProviderRemovesItsKeyFromTheStoredVault() throws Exception {
        Vault v = enabled();
        v.edit(entries -> VaultEntries.without(entries, "p-openai"));
        assertFalse(v.keys().containsValue(OPENAI_KEY));
        Vault page = reopened();
        assertNull(keyFor(page.keys(), openai));
        assertEquals(GROQ_KEY, keyFor(page.keys(), groq), "the other provider keeps its key");
    }

    @Test
    void anEditThatChangesNothingWritesNothing() throws Exception {
        Vault v = enabled();
        int writes = store.puts;
        String before = store.get(Vault.STORE_KEY);
        v.edit(entries -> VaultEntries.tidy(entries, List.of(openai, groq)));
        assertEquals(writes, store.puts);
        assertEquals(before, store.get(Vault.STORE_KEY));
    }

    @Test
    void anEditKeepsAWriteMadeByAnotherPage() throws Exception {
        Vault here = enabled();
        Vault there = reopened();
        there.edit(entries -> {
            Map<String, String> out = new LinkedHashMap<>(entries);
            out.put(ProviderSecrets.keySlot("p-new", "https://new.example/v1"), "sk-new-0123456789");
            return out;
        });
        here.edit(entries -> VaultEntries.without(entries, "p-groq"));
        Vault page = reopened();
        assertEquals("sk-new-0123456789", keyFor(page.keys(), keyed("p-new", "https://new.example/v1", "")));
        assertNull(keyFor(page.keys(), groq));
    }

    @Test
    void aLockedVaultRefusesAnEdit() throws Exception {
        Vault v = enabled();
        v.lock();
        VaultException e = assertThrows(VaultException.class, () -> v.edit(entries -> VaultEntries.without(entries, "p-openai")));
        assertEquals(VaultException.Reason.LOCKED, e.reason());
    }

    /** The key the vault holds for this provider at its current server, or null. */
    private static String keyFor(Map<String, String> entries, ProviderConfig p) {
        return entries.get(ProviderSecrets.keySlot(p.id, p.baseUrl));
    }
}
