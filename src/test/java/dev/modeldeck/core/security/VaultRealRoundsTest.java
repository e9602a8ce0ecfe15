package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.modeldeck.core.store.MemoryKeyValueStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vault end to end with real javax.crypto and the full 600,000 PBKDF2 rounds. */
class VaultRealRoundsTest {
    @Test
    void aVaultMadeWithFullStrengthDerivationOpensOnlyWithItsPassphrase() throws Exception {
        MemoryKeyValueStore store = new MemoryKeyValueStore();
        JvmVaultCrypto crypto = new JvmVaultCrypto();
        new Vault(store, crypto, new MemorySessionKeyStore()).enable("pässphrase with ümlauts", Map.of("openai", "sk-1"));

        Vault other = new Vault(store, crypto, new MemorySessionKeyStore());
        VaultException e = assertThrows(VaultException.class, () -> other.unlock("passphrase with umlauts"));
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, e.reason());
        assertEquals(Map.of("openai", "sk-1"), other.unlock("pässphrase with ümlauts"));
    }
}
