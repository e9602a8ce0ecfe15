package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class VaultTest {
    private static final String PASS = "correct horse battery";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FlakyStore store = new FlakyStore();
    private final CheapKdfCrypto crypto = new CheapKdfCrypto();
    private final MemorySessionKeyStore session = new MemorySessionKeyStore();

    private Vault page() { return new Vault(store, crypto, session); }

    private static Map<String, String> keys(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private Vault enabled() throws VaultException {
        Vault v = page();
        v.enable(PASS, keys("openai", "sk-openai-1", "groq", "gsk-groq-2"));
        return v;
    }

    private String stored() { return store.get(Vault.STORE_KEY); }

    private static VaultException.Reason fails(Executable call) {
        return assertThrows(VaultException.class, call).reason();
    }

    /** Rewrites the stored document through Jackson, as tampering or corruption would. */
    private void tamper(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode node = (ObjectNode) MAPPER.readTree(stored());
        edit.accept(node);
        store.inner.put(Vault.STORE_KEY, MAPPER.writeValueAsString(node));
    }

    private static String flipFirstByte(String b64) {
        byte[] b = Base64.getDecoder().decode(b64);
        b[0] ^= 1;
        return Base64.getEncoder().encodeToString(b);
    }

    @Test
    void enableEncryptsTheKeysUnderTheAgreedDocumentAndLeavesTheVaultUnlocked() throws Exception {
        Vault v = enabled();
        assertTrue(v.isEnabled());
        assertTrue(v.isUnlocked());
        assertEquals(keys("openai", "sk-openai-1", "groq", "gsk-groq-2"), v.keys());
        JsonNode doc = MAPPER.readTree(stored());
        assertEquals(1, doc.get("version").asInt());
        assertEquals("PBKDF2", doc.at("/kdf/name").asText());
        assertEquals("SHA-256", doc.at("/kdf/hash").asText());
        assertEquals(600_000, doc.at("/kdf/iterations").asInt());
        assertEquals(16, Base64.getDecoder().decode(doc.at("/kdf/salt").asText()).length);
        assertEquals("AES-GCM", doc.at("/cipher/name").asText());
        assertEquals(12, Base64.getDecoder().decode(doc.at("/cipher/iv").asText()).length);
        assertFalse(stored().contains("sk-openai-1"));
        assertEquals(List.of(600_000), crypto.requestedIterations);
    }

    @Test
    void emptyKeysAreNotCarriedIntoTheVault() throws Exception {
        Vault v = page();
        v.enable(PASS, keys("openai", "sk-1", "ollama", ""));
        assertEquals(keys("openai", "sk-1"), page().unlock(PASS));
        assertEquals(keys("openai", "sk-1"), v.keys());
    }

    @Test
    void passphrasesShorterThanEightCharactersAreRefusedAndNothingIsStored() throws Exception {
        VaultException e = assertThrows(VaultException.class, () -> page().enable("1234567", keys("a", "k")));
        assertEquals(VaultException.Reason.WEAK_PASSPHRASE, e.reason());
        assertEquals("The passphrase must be at least 8 characters long.", e.getMessage());
        assertFalse(page().isEnabled());
        // Seven emoji are fourteen chars but seven characters to the user.
        assertEquals(VaultException.Reason.WEAK_PASSPHRASE,
            fails(() -> page().enable("\uD83D\uDD11".repeat(7), keys("a", "k"))));
        page().enable("12345678", keys("a", "k"));
        assertTrue(page().isEnabled());
    }

    @Test
    void enablingTwiceIsRefusedAndKeepsTheFirstVault() throws Exception {
        enabled();
        String before = stored();
        assertEquals(VaultException.Reason.ALREADY_ENABLED, fails(() -> page().enable("another pass", keys("x", "y"))));
        assertEquals(before, stored());
    }

    @Test
    void anotherPageUnlocksWithThePassphrase() throws Exception {
        enabled();
        Vault other = page();
        assertTrue(other.isEnabled());
        assertFalse(other.isUnlocked());
        assertEquals(keys("openai", "sk-openai-1", "groq", "gsk-groq-2"), other.unlock(PASS));
        assertTrue(other.isUnlocked());
        assertEquals("sk-openai-1", other.key("openai"));
    }

    @Test
    void aWrongPassphraseSaysSoAndChangesNothing() throws Exception {
        Vault unlocked = enabled();
        String doc = stored();
        String sessionEntry = session.get(Vault.SESSION_KEY);
        Vault locked = page();
        session.remove(Vault.SESSION_KEY);

        VaultException e = assertThrows(VaultException.class, () -> locked.unlock("correct horse battery!"));
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, e.reason());
        assertTrue(e.getMessage().startsWith("Wrong passphrase"));
        assertFalse(locked.isUnlocked());
        assertNull(session.get(Vault.SESSION_KEY));
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> locked.unlock("")));

        session.put(Vault.SESSION_KEY, sessionEntry);
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> unlocked.unlock("wrong passphrase")));
        assertTrue(unlocked.isUnlocked());
        assertEquals("sk-openai-1", unlocked.key("openai"));
        assertEquals(sessionEntry, session.get(Vault.SESSION_KEY));
        assertEquals(doc, stored());
    }

    @Test
    void flippedDataIsRejectedAsDamaged() throws Exception {
        enabled();
        tamper(n -> n.put("data", flipFirstByte(n.get("data").asText())));
        Vault v = page();
        assertEquals(VaultException.Reason.DAMAGED, fails(() -> v.unlock(PASS)));
        assertFalse(v.isUnlocked());
    }

    @Test
    void flippedIvIsRejectedAsDamaged() throws Exception {
        enabled();
        tamper(n -> ((ObjectNode) n.get("cipher")).put("iv", flipFirstByte(n.at("/cipher/iv").asText())));
        assertEquals(VaultException.Reason.DAMAGED, fails(() -> page().unlock(PASS)));
    }

    @Test
    void flippedSaltOrCheckOrRaisedIterationsCannotBeOpened() throws Exception {
        enabled();
        String original = stored();
        tamper(n -> ((ObjectNode) n.get("kdf")).put("salt", flipFirstByte(n.at("/kdf/salt").asText())));
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> page().unlock(PASS)));
        store.inner.put(Vault.STORE_KEY, original);
        tamper(n -> ((ObjectNode) n.get("check")).put("iv", flipFirstByte(n.at("/check/iv").asText())));
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> page().unlock(PASS)));
        store.inner.put(Vault.STORE_KEY, original);
        tamper(n -> ((ObjectNode) n.get("kdf")).put("iterations", 600_001));
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> page().unlock(PASS)));
        store.inner.put(Vault.STORE_KEY, original);
        assertEquals(keys("openai", "sk-openai-1", "groq", "gsk-groq-2"), page().unlock(PASS));
    }

    @Test
    void aDocumentAskingForFewerIterationsIsRefusedBeforeAnyDerivation() throws Exception {
        enabled();
        tamper(n -> ((ObjectNode) n.get("kdf")).put("iterations", 1000));
        crypto.requestedIterations.clear();
        assertEquals(VaultException.Reason.DOWNGRADED, fails(() -> page().unlock(PASS)));
        assertEquals(List.of(), crypto.requestedIterations);
    }

    @Test
    void theConfiguredIterationCountIsStoredAndUsed() throws Exception {
        new Vault(store, crypto, session, 750_000).enable(PASS, keys("a", "k"));
        assertEquals(750_000, MAPPER.readTree(stored()).at("/kdf/iterations").asInt());
        crypto.requestedIterations.clear();
        page().unlock(PASS);
        assertEquals(List.of(750_000), crypto.requestedIterations);
        assertThrows(IllegalArgumentException.class, () -> new Vault(store, crypto, session, 599_999));
    }

    @Test
    void changingThePassphraseMakesTheOldOneFailAndTheNewOneWork() throws Exception {
        Vault v = enabled();
        String saltBefore = MAPPER.readTree(stored()).at("/kdf/salt").asText();
        v.changePassphrase(PASS, "new passphrase 2");
        assertNotEquals(saltBefore, MAPPER.readTree(stored()).at("/kdf/salt").asText());
        assertTrue(v.isUnlocked());
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> page().unlock(PASS)));
        assertEquals(keys("openai", "sk-openai-1", "groq", "gsk-groq-2"), page().unlock("new passphrase 2"));
        v.put("mistral", "ms-3");
        assertEquals("ms-3", page().unlock("new passphrase 2").get("mistral"));
    }

    @Test
    void changingThePassphraseWithAWrongOldOneOrAShortNewOneChangesNothing() throws Exception {
        enabled();
        String before = stored();
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> page().changePassphrase("nope nope", "new passphrase")));
        assertEquals(VaultException.Reason.WEAK_PASSPHRASE, fails(() -> page().changePassphrase(PASS, "short")));
        assertEquals(before, stored());
    }

    @Test
    void aFailedWriteDuringAPassphraseChangeKeepsTheOldVaultValid() throws Exception {
        Vault v = enabled();
        store.failPuts = true;
        assertEquals(VaultException.Reason.STORAGE, fails(() -> v.changePassphrase(PASS, "new passphrase 2")));
        store.failPuts = false;
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> page().unlock("new passphrase 2")));
        assertEquals("gsk-groq-2", page().unlock(PASS).get("groq"));
        store.garbleNextPut = true;
        assertEquals(VaultException.Reason.STORAGE, fails(() -> v.changePassphrase(PASS, "new passphrase 2")));
        assertEquals("gsk-groq-2", page().unlock(PASS).get("groq"));
    }

    @Test
    void enablingIntoAFullStoreLosesNothingAndLeavesNoVault() {
        Map<String, String> plain = keys("openai", "sk-openai-1");
        store.failPuts = true;
        VaultException e = assertThrows(VaultException.class, () -> page().enable(PASS, plain));
        assertEquals(VaultException.Reason.STORAGE, e.reason());
        assertTrue(e.getMessage().contains("Storage is full."));
        assertFalse(page().isEnabled());
        assertEquals(keys("openai", "sk-openai-1"), plain);
        assertNull(session.get(Vault.SESSION_KEY));
    }

    @Test
    void aVaultThatDoesNotReadBackIsRemovedAndEnableFails() {
        store.garbleNextPut = true;
        Vault v = page();
        assertEquals(VaultException.Reason.STORAGE, fails(() -> v.enable(PASS, keys("openai", "sk-openai-1"))));
        assertFalse(v.isEnabled());
        assertFalse(v.isUnlocked());
    }

    @Test
    void aFailedPutKeepsBothTheStoredAndTheInMemoryKeys() throws Exception {
        Vault v = enabled();
        store.failPuts = true;
        assertEquals(VaultException.Reason.STORAGE, fails(() -> v.put("openai", "sk-new")));
        assertEquals("sk-openai-1", v.key("openai"));
        store.failPuts = false;
        assertEquals("sk-openai-1", page().unlock(PASS).get("openai"));
    }

    @Test
    void enablingThenDisablingMovesKeysIntoTheVaultAndBackToPlainSettings() throws Exception {
        Map<String, String> settings = keys("openai", "sk-openai-1", "groq", "gsk-groq-2", "ollama", "");
        Vault v = page();
        v.enable(PASS, settings);
        for (String id : new ArrayList<>(settings.keySet())) {
            settings.put(id, ""); // what the caller does once enable returned
        }
        Map<String, String> returned = page().disable(PASS, settings::putAll);
        assertEquals(keys("openai", "sk-openai-1", "groq", "gsk-groq-2", "ollama", ""), settings);
        assertEquals(keys("openai", "sk-openai-1", "groq", "gsk-groq-2"), returned);
        assertFalse(v.isEnabled());
        assertNull(stored());
        assertNull(session.get(Vault.SESSION_KEY));
    }

    @Test
    void disablingKeepsTheVaultWhenThePlainWriteFailsOrThePassphraseIsWrong() throws Exception {
        enabled();
        String before = stored();
        VaultException e = assertThrows(VaultException.class, () -> page().disable(PASS, k -> {
            throw new StoreException("Storage is full.", true);
        }));
        assertEquals(VaultException.Reason.STORAGE, e.reason());
        List<Map<String, String>> written = new ArrayList<>();
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, fails(() -> page().disable("bad passphrase", written::add)));
        assertEquals(List.of(), written);
        assertEquals(before, stored());
        assertEquals("sk-openai-1", page().unlock(PASS).get("openai"));
    }

    @Test
    void everyWriteUsesFreshIvsSoTheSameDataEncryptsDifferently() throws Exception {
        Vault v = enabled();
        v.put("openai", "sk-same");
        String first = stored();
        v.put("openai", "sk-same");
        String second = stored();
        assertNotEquals(first, second);
        assertNotEquals(MAPPER.readTree(first).get("data").asText(), MAPPER.readTree(second).get("data").asText());
        List<String> ivs = new ArrayList<>();
        for (byte[] iv : crypto.ivsUsed) {
            ivs.add(Hex.of(iv));
        }
        assertEquals(ivs.size(), ivs.stream().distinct().count());
        assertEquals(6, ivs.size()); // data + check for each of three writes
    }

    @Test
    void putAndRemoveReEncryptAndNeedTheVaultUnlocked() throws Exception {
        Vault v = enabled();
        v.put("mistral", "ms-3");
        v.remove("groq");
        v.put("openai", ""); // an empty key removes it
        assertEquals(keys("mistral", "ms-3"), v.keys());
        assertEquals(keys("mistral", "ms-3"), page().unlock(PASS));
        v.lock();
        assertFalse(v.isUnlocked());
        assertEquals(Map.of(), v.keys());
        assertNull(session.get(Vault.SESSION_KEY));
        assertEquals(VaultException.Reason.LOCKED, fails(() -> v.put("x", "y")));
        assertEquals(VaultException.Reason.LOCKED, fails(() -> v.remove("mistral")));
    }

    @Test
    void aWriteFromOnePageKeepsAnotherPagesWrite() throws Exception {
        Vault a = enabled();
        Vault b = page();
        b.unlock(PASS);
        a.put("mistral", "ms-3");
        b.put("deepseek", "ds-4");
        assertEquals(keys("openai", "sk-openai-1", "groq", "gsk-groq-2", "mistral", "ms-3", "deepseek", "ds-4"),
            page().unlock(PASS));
    }

    @Test
    void aPageWhoseVaultWasRekeyedElsewhereMustUnlockAgain() throws Exception {
        Vault a = enabled();
        page().changePassphrase(PASS, "new passphrase 2");
        String after = stored();
        assertEquals(VaultException.Reason.CHANGED_ELSEWHERE, fails(() -> a.put("x", "y")));
        assertFalse(a.isUnlocked());
        assertEquals(after, stored());
    }

    @Test
    void eraseDeletesTheVaultForAForgottenPassphrase() throws Exception {
        Vault v = enabled();
        v.erase();
        assertFalse(v.isEnabled());
        assertFalse(v.isUnlocked());
        assertNull(session.get(Vault.SESSION_KEY));
        assertEquals(VaultException.Reason.NOT_ENABLED, fails(() -> page().unlock(PASS)));
    }
}
