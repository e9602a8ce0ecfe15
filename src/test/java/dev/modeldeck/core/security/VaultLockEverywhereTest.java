package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lock is global: a page that unlocked long ago forgets its keys once any page locked. Several entries change in one write. */
class VaultLockEverywhereTest {
    private static final String PASS = "correct horse battery";

    private final FlakyStore store = new FlakyStore();
    private final MemorySessionKeyStore session = new MemorySessionKeyStore();

    private Vault page() { return new Vault(store, new CheapKdfCrypto(), session); }

    @Test
    void aPageStillHoldingKeysForgetsThemOnceAnotherPageLocked() throws Exception {
        Vault options = page();
        options.enable(PASS, Map.of("openai", "sk-1"));
        Vault sidePanel = page();
        assertTrue(sidePanel.resume());
        assertTrue(sidePanel.confirmUnlocked());

        options.lock();

        assertEquals("sk-1", sidePanel.key("openai"), "the old snapshot, until the page asks");
        assertFalse(sidePanel.confirmUnlocked());
        assertFalse(sidePanel.isUnlocked());
        assertNull(sidePanel.key("openai"));
        assertEquals(Map.of(), sidePanel.keys());
    }

    @Test
    void aLockedPageIsNeverConfirmedEvenWithAnotherPageUnlocked() throws Exception {
        page().enable(PASS, Map.of("openai", "sk-1"));
        assertFalse(page().confirmUnlocked());
    }

    @Test
    void putAllStoresReplacesAndRemovesInOneVerifiedWrite() throws Exception {
        Vault v = page();
        v.enable(PASS, Map.of("p1", "sk-1", "p1\nh\nx-api-key\n0", "old-header", "p2", "sk-2"));
        int writes = store.puts;
        Map<String, String> changes = new HashMap<>();
        changes.put("p1", "sk-1-rotated");
        changes.put("p1\nh\nx-api-key\n0", "");
        changes.put("p1\nq\nsig\n0", "signature-value");

        v.putAll(changes);

        assertEquals(writes + 1, store.puts);
        Map<String, String> expected = Map.of("p1", "sk-1-rotated", "p2", "sk-2", "p1\nq\nsig\n0", "signature-value");
        assertEquals(expected, v.keys());
        assertEquals(expected, page().unlock(PASS));
    }

    @Test
    void putAllNeedsTheVaultUnlockedAndAFailedWriteKeepsTheOldEntries() throws Exception {
        Vault v = page();
        v.enable(PASS, Map.of("p1", "sk-1"));
        store.failPuts = true;
        assertThrows(VaultException.class, () -> v.putAll(Map.of("p1", "sk-new")));
        store.failPuts = false;
        assertEquals(Map.of("p1", "sk-1"), page().unlock(PASS));

        v.lock();
        VaultException e = assertThrows(VaultException.class, () -> v.putAll(Map.of("p1", "sk-new")));
        assertEquals(VaultException.Reason.LOCKED, e.reason());
    }
}
