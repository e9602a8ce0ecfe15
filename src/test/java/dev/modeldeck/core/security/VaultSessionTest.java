package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaultSessionTest {
    private static final String PASS = "correct horse battery";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FlakyStore store = new FlakyStore();
    private final CheapKdfCrypto crypto = new CheapKdfCrypto();
    private final MemorySessionKeyStore session = new MemorySessionKeyStore();

    private Vault page() { return new Vault(store, crypto, session); }

    @Test
    void anotherPageResumesWithoutThePassphraseOrAnotherDerivation() throws Exception {
        page().enable(PASS, Map.of("openai", "sk-1"));
        int derivations = crypto.requestedIterations.size();
        Vault other = page();
        assertTrue(other.resume());
        assertEquals(Map.of("openai", "sk-1"), other.keys());
        assertEquals(derivations, crypto.requestedIterations.size());
        other.put("groq", "gsk-2");
        assertEquals("gsk-2", page().unlock(PASS).get("groq"));
    }

    @Test
    void theSessionHoldsTheDerivedKeyWhileStorageNeverDoes() throws Exception {
        page().enable(PASS, Map.of("openai", "sk-1"));
        JsonNode entry = MAPPER.readTree(session.get(Vault.SESSION_KEY));
        byte[] raw = Base64.getDecoder().decode(entry.get("key").asText());
        JsonNode doc = MAPPER.readTree(store.get(Vault.STORE_KEY));
        byte[] expected = crypto.deriveKey(PASS, Base64.getDecoder().decode(doc.at("/kdf/salt").asText()), 600_000).copyBytes();
        assertArrayEquals(expected, raw);
        assertFalse(session.get(Vault.SESSION_KEY).contains(PASS));
        String keyText = entry.get("key").asText();
        for (String k : store.keys()) {
            assertFalse(store.get(k).contains(keyText), k);
            assertFalse(store.get(k).contains(PASS), k);
        }
    }

    @Test
    void lockingInOnePageStopsOtherPagesFromResuming() throws Exception {
        Vault a = page();
        a.enable(PASS, Map.of("openai", "sk-1"));
        Vault b = page();
        assertTrue(b.resume());
        a.lock();
        assertFalse(b.resume());
        assertFalse(b.isUnlocked());
        assertEquals(Map.of(), b.keys());
    }

    @Test
    void resumeRefreshesKeysAnotherPageWrote() throws Exception {
        Vault a = page();
        a.enable(PASS, Map.of("openai", "sk-1"));
        Vault b = page();
        assertTrue(b.resume());
        a.put("groq", "gsk-2");
        assertNull(b.key("groq"));
        assertTrue(b.resume());
        assertEquals("gsk-2", b.key("groq"));
    }

    @Test
    void aStaleOrForgedSessionKeyIsDiscarded() throws Exception {
        Vault a = page();
        a.enable(PASS, Map.of("openai", "sk-1"));
        String entry = session.get(Vault.SESSION_KEY);

        // A key for an older salt (the passphrase changed in a page whose session write was lost).
        a.changePassphrase(PASS, "new passphrase 2");
        session.put(Vault.SESSION_KEY, entry);
        Vault b = page();
        assertFalse(b.resume());
        assertNull(session.get(Vault.SESSION_KEY));

        // The right salt with the wrong key bytes.
        a.unlock("new passphrase 2");
        ObjectNode forged = (ObjectNode) MAPPER.readTree(session.get(Vault.SESSION_KEY));
        forged.put("key", Base64.getEncoder().encodeToString(new byte[32]));
        session.put(Vault.SESSION_KEY, MAPPER.writeValueAsString(forged));
        assertFalse(b.resume());
        assertNull(session.get(Vault.SESSION_KEY));

        session.put(Vault.SESSION_KEY, "{not json");
        assertFalse(b.resume());
        assertFalse(b.isUnlocked());
    }

    @Test
    void nothingToResumeWhenNoPageUnlockedOrTheVaultIsOff() throws Exception {
        assertFalse(page().resume());
        Vault a = page();
        a.enable(PASS, Map.of("openai", "sk-1"));
        String entry = session.get(Vault.SESSION_KEY);
        a.disable(PASS, k -> { });
        session.put(Vault.SESSION_KEY, entry);
        assertFalse(page().resume());
    }
}
