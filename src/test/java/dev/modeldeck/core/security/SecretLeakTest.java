package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Drives every failure path with recognisable secrets and scans all messages and toString output for them. */
class SecretLeakTest {
    private static final String PASS = "CANARYPASS-0451";
    private static final String WRONG = "CANARYWRONG-0452";
    private static final String API_KEY = "sk-CANARYKEY-0453";

    private final FlakyStore store = new FlakyStore();
    private final CheapKdfCrypto crypto = new CheapKdfCrypto();
    private final MemorySessionKeyStore session = new MemorySessionKeyStore();
    private final List<String> seen = new ArrayList<>();

    private Vault page() { return new Vault(store, crypto, session); }

    private void collect(Executable call) {
        try {
            call.execute();
            seen.add("(no exception)");
        } catch (Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                seen.add(c.getMessage());
                seen.add(c.toString());
            }
        }
    }

    @Test
    void noFailureMessageOrToStringContainsAKeyOrPassphrase() throws Exception {
        collect(() -> page().enable("CANARY7", Map.of("openai", API_KEY)));
        store.failPuts = true;
        collect(() -> page().enable(PASS, Map.of("openai", API_KEY)));
        store.failPuts = false;
        store.garbleNextPut = true;
        collect(() -> page().enable(PASS, Map.of("openai", API_KEY)));

        Vault v = page();
        v.enable(PASS, Map.of("openai", API_KEY));
        seen.add(v.toString());
        collect(() -> page().unlock(WRONG));
        collect(() -> page().changePassphrase(WRONG, PASS + "x"));
        collect(() -> page().changePassphrase(PASS, "CANARY8"));
        collect(() -> page().disable(WRONG, k -> { }));
        collect(() -> page().disable(PASS, k -> {
            throw new StoreException("Storage is full.", true);
        }));
        collect(() -> page().put("openai", API_KEY));
        store.failPuts = true;
        collect(() -> v.put("openai", API_KEY + "2"));
        store.failPuts = false;

        String entry = session.get(Vault.SESSION_KEY);
        String derivedB64 = new ObjectMapper().readTree(entry).get("key").asText();
        byte[] derived = Base64.getDecoder().decode(derivedB64);
        seen.add(DerivedKey.of(derived).toString());
        seen.add(session.toString());

        String doc = store.get(Vault.STORE_KEY);
        store.inner.put(Vault.STORE_KEY, doc.replace("\"data\":\"", "\"data\":\"AAAA"));
        collect(() -> page().unlock(PASS));
        store.inner.put(Vault.STORE_KEY, doc.replace("600000", "1000"));
        collect(() -> page().unlock(PASS));
        store.inner.put(Vault.STORE_KEY, doc.replace("\"version\":1", "\"version\":9"));
        collect(() -> page().unlock(PASS));
        store.inner.put(Vault.STORE_KEY, "{" + API_KEY);
        collect(() -> page().unlock(PASS));
        collect(() -> crypto.decrypt(DerivedKey.of(new byte[32]), new byte[12], new byte[20]));
        collect(() -> Base64Codec.decode(derivedB64 + "!"));

        assertTrue(seen.size() > 30);
        List<String> secrets = List.of(PASS, WRONG, API_KEY, "CANARY7", "CANARY8", derivedB64, Hex.of(derived));
        for (String text : seen) {
            for (String secret : secrets) {
                assertFalse(text != null && text.contains(secret), () -> "leak in: " + text);
            }
        }
    }
}
