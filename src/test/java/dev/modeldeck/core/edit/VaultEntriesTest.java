package dev.modeldeck.core.edit;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vault keys are named by provider id and server: an address that moves finds no key. */
class VaultEntriesTest {
    private static final String OPENAI = "https://api.openai.com/v1";
    private static final String KEY = "sk-proj-bound-0123456789abcdef";

    private static ProviderConfig provider(String id, String url, String key) {
        ProviderConfig p = new ProviderConfig(id, id, url);
        p.apiKey = key;
        return p;
    }

    /** What turning the vault on stores for these providers. */
    static Map<String, String> entriesOf(List<ProviderConfig> providers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ProviderConfig p : providers) {
            out.putAll(ProviderSecrets.plain(p));
        }
        return out;
    }

    /** What saving the form with this provider and key leaves in the vault. */
    private static Map<String, String> saved(Map<String, String> entries, ProviderConfig p, String key) {
        ProviderConfig typed = p.copy();
        typed.apiKey = key;
        Map<String, String> out = new LinkedHashMap<>(entries);
        ProviderSecrets.changes(typed, entries, true).forEach((slot, value) -> {
            if (value.isEmpty()) {
                out.remove(slot);
            } else {
                out.put(slot, value);
            }
        });
        return out;
    }

    private static ProviderConfig at(ProviderConfig p, String url) {
        ProviderConfig moved = p.copy();
        moved.baseUrl = url;
        return moved;
    }

    @Test
    void aKeyIsFoundOnlyOnTheServerItWasSavedFor() {
        ProviderConfig openai = provider("p-openai", OPENAI, KEY);
        Map<String, String> entries = entriesOf(List.of(openai));
        assertEquals(KEY, keyFor(entries, openai));
        assertEquals(KEY, keyFor(entries, at(openai, "https://API.openai.com:443/v2/")), "same server, other path");
        assertNull(keyFor(entries, at(openai, "https://collect.attacker.example/v1")));
        assertNull(keyFor(entries, at(openai, "http://api.openai.com/v1")), "another scheme is another server");
        assertNull(keyFor(entries, at(openai, "https://api.openai.com:8443/v1")), "another port too");
    }

    @Test
    void providersWithoutAKeyGetNoEntry() {
        assertTrue(entriesOf(List.of(provider("p-local", "http://127.0.0.1:11434/v1", ""))).isEmpty());
    }

    @Test
    void bindingAKeyToANewServerDropsTheOldOne() {
        ProviderConfig openai = provider("p-openai", OPENAI, KEY);
        ProviderConfig other = provider("p-other", "https://other.example/v1", "sk-other-0123456789");
        Map<String, String> entries = entriesOf(List.of(openai, other));
        ProviderConfig typed = at(openai, "https://gateway.example.com/v1");
        Map<String, String> next = saved(entries, typed, KEY);
        assertEquals(KEY, keyFor(next, typed));
        assertNull(keyFor(next, openai), "the key is no longer usable at the old server");
        assertEquals("sk-other-0123456789", keyFor(next, other));
        assertEquals(2, next.size());
        assertTrue(saved(entries, openai, "").size() == 1, "an empty key removes the provider's entries");
        assertEquals(2, entries.size(), "the input map is not changed");
    }

    @Test
    void aDeletedProviderLeavesNoEntryAndOnlyItsOwn() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ProviderSecrets.keySlot("p1", OPENAI), "sk-1-0123456789");
        entries.put("p1", "sk-legacy-0123456789");
        entries.put(ProviderSecrets.keySlot("p10", OPENAI), "sk-10-0123456789");
        entries.put(ProviderSecrets.keySlot("p1x", OPENAI), "sk-1x-0123456789");
        Map<String, String> after = VaultEntries.without(entries, "p1");
        assertEquals(List.of(ProviderSecrets.keySlot("p10", OPENAI), ProviderSecrets.keySlot("p1x", OPENAI)), List.copyOf(after.keySet()));
    }

    @Test
    void tidyBindsKeysSavedByIdAloneToTheCurrentServerAndDropsKeysOfDeletedProviders() {
        ProviderConfig openai = provider("p-openai", OPENAI, "");
        ProviderConfig groq = provider("p-groq", "https://api.groq.com/openai/v1", "");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("p-openai", KEY);                                           // from before binding
        entries.put(ProviderSecrets.keySlot("p-groq", groq.baseUrl), "gsk-groq-0123456789");
        entries.put(ProviderSecrets.keySlot("p-gone", OPENAI), "sk-gone-0123456789"); // provider deleted while locked
        entries.put("p-gone-too", "sk-legacy-unknown");                         // unknown form: left alone
        Map<String, String> tidy = VaultEntries.tidy(entries, List.of(openai, groq));
        assertEquals(KEY, keyFor(tidy, openai));
        assertEquals("gsk-groq-0123456789", keyFor(tidy, groq));
        assertFalse(tidy.containsKey("p-openai"));
        assertFalse(tidy.containsValue("sk-gone-0123456789"));
        assertEquals("sk-legacy-unknown", tidy.get("p-gone-too"));
        assertEquals(tidy, VaultEntries.tidy(tidy, List.of(openai, groq)), "a second tidy changes nothing");
    }

    @Test
    void aBoundKeyWinsOverOneSavedByIdAlone() {
        ProviderConfig openai = provider("p-openai", OPENAI, "");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("p-openai", "sk-older-0123456789");
        entries.put(ProviderSecrets.keySlot("p-openai", OPENAI), KEY);
        Map<String, String> tidy = VaultEntries.tidy(entries, List.of(openai));
        assertEquals(Map.of(ProviderSecrets.keySlot("p-openai", OPENAI), KEY), tidy);
    }

    @Test
    void entryNamesNeverPrintTheKey() {
        assertFalse(ProviderSecrets.keySlot("p-openai", OPENAI).contains("sk-"));
        assertEquals("p-openai\nhttps://api.openai.com", ProviderSecrets.keySlot("p-openai", OPENAI));
    }

    /** The key the vault holds for this provider at its current server, or null. */
    private static String keyFor(Map<String, String> entries, ProviderConfig p) {
        return entries.get(ProviderSecrets.keySlot(p.id, p.baseUrl));
    }
}
