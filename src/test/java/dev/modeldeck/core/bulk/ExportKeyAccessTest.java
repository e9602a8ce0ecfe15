package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Exporting with keys while the keys live in the passphrase vault. */
class ExportKeyAccessTest {
    private final ProviderExport export = new ProviderExport(CLOCK);

    /** Settings as stored with the vault on: every key moved out of the providers. */
    private static Settings vaulted(Map<String, String> vault) {
        Settings s = sample();
        for (ProviderConfig p : s.providers) {
            if (p.hasKey()) {
                vault.put(p.id, p.apiKey);
                p.apiKey = "";
            }
        }
        return s;
    }

    /** What KeyRing.withKey does with an unlocked vault. */
    private static UnaryOperator<ProviderConfig> unlocked(Map<String, String> vault) {
        return p -> {
            ProviderConfig c = p.copy();
            String k = vault.get(p.id);
            c.apiKey = k == null ? "" : k;
            return c;
        };
    }

    @Test
    void keysComeFromTheUnlockedVaultWhenTheSettingsHoldNone() {
        Map<String, String> vault = new HashMap<>();
        Settings s = vaulted(vault);
        assertFalse(export.exportText(s, null, true, null).contains("gsk_secretGROQ"), "the gap this fixes: settings alone have no keys");
        JsonObject doc = export.export(s, null, true, null, unlocked(vault));
        assertTrue(doc.get("includesKeys").asBoolean(false));
        assertEquals("sk-proj-AAAAsecretOPENAI", doc.get("providers").at(0).get("apiKey").str());
        assertEquals("gsk_secretGROQ", doc.get("providers").at(1).get("apiKey").str());
        assertTrue(doc.get("providers").at(2).get("apiKey").isMissing(), "Ollama has no key");
        assertTrue(doc.get("keyProtection").isMissing(), "plain keys, the same as a plain export");
    }

    @Test
    void keySourceIsNotAskedWhenKeysAreLeftOut() {
        Map<String, String> vault = new HashMap<>();
        Settings s = vaulted(vault);
        String text = ProviderExport.text(export.export(s, null, false, null, p -> { throw new AssertionError("asked for " + p.id); }));
        assertFalse(text.contains("apiKey"));
    }

    @Test
    void vaultKeysCanBeWrappedToo() {
        Map<String, String> vault = new HashMap<>();
        JsonObject doc = export.export(vaulted(vault), null, true, WRAP, unlocked(vault));
        assertEquals("vault-passphrase", doc.get("keyProtection").str());
        assertEquals("gsk_secretGROQ", UNWRAP.unwrap(doc.get("providers").at(1).get("apiKey").str()));
    }

    @Test
    void lockedVaultOffersNoKeysAndSaysHowToGetThem() {
        ExportKeyAccess locked = ExportKeyAccess.of(true, true);
        assertEquals(ExportKeyAccess.VAULT_LOCKED, locked);
        assertFalse(locked.canInclude());
        assertTrue(locked.note().contains("can't be exported") && locked.note().contains("Unlock the vault"), locked.note());
        assertTrue(ExportKeyAccess.of(true, false).canInclude());
        assertNull(ExportKeyAccess.of(true, false).note());
        assertEquals(ExportKeyAccess.PLAIN, ExportKeyAccess.of(false, false));
        assertTrue(ExportKeyAccess.PLAIN.canInclude());
    }
}
