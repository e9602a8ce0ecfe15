package dev.modeldeck.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.bulk.ImportPlan;
import dev.modeldeck.core.bulk.ImportPlanner;
import dev.modeldeck.core.bulk.KeyChange;
import dev.modeldeck.core.bulk.ProviderExport;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.store.KeyStorageMode;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.SettingsRepository;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.testsupport.FakeClock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing with the vault on: secrets go into the vault (or wait for an unlock), never into the settings document. */
class VaultedImportTest {
    private static final FakeClock CLOCK = new FakeClock(1_741_305_600_000L);
    private static final String KEY = "sk-imported-key-0123456789abcdef";
    private static final String GATEWAY = "Bearer cfut_importedGateway0123456789";

    private final MemoryKeyValueStore kv = new MemoryKeyValueStore();
    private final SettingsEditor editor = new SettingsEditor(new SettingsRepository(kv, CLOCK, "options-1"), new RecordingFeedback());
    private final FakeKeyVault vault = new FakeKeyVault();
    private final VaultedImport importing = new VaultedImport(editor, vault);

    /** A file (with or without keys) holding one provider with a key and a secret gateway header. */
    private static String file(String id, boolean withKeys) {
        Settings s = new Settings();
        ProviderConfig p = new ProviderConfig(id, "Gateway", "https://gateway.example.com/v1");
        p.apiKey = KEY;
        p.extraHeaders.add(new NameValue("cf-aig-authorization", GATEWAY));
        p.extraHeaders.add(new NameValue("X-Team", "research"));
        s.providers.add(p);
        return ProviderExport.text(new ProviderExport(CLOCK).export(s, null, withKeys, null));
    }

    private void vaultOn() {
        vault.enabled = true;
        editor.change(s -> {
            s.keyStorage = KeyStorageMode.VAULT;
            return s;
        }, null);
    }

    private ImportPlan plan(String text) throws Exception {
        return new ImportPlanner(CLOCK).plan(text, importing.base());
    }

    private String stored() { return kv.get(StorageKeys.SETTINGS); }

    @Test
    void keysAndSecretHeaderValuesFromAFileGoIntoTheVaultNotTheSettings() throws Exception {
        vaultOn();

        VaultedImport.Result r = importing.apply(plan(file("p-gw", true)));

        assertTrue(r.saved(), String.valueOf(r.refusal()));
        assertFalse(stored().contains(KEY) || stored().contains("importedGateway"), stored());
        ProviderConfig opened = ProviderSecrets.opened(editor.settings().provider("p-gw"), vault.secrets());
        assertEquals(KEY, opened.apiKey);
        assertEquals(GATEWAY, opened.extraHeaders.get(0).value());
        assertEquals("research", editor.settings().provider("p-gw").extraHeaders.get(1).value());
    }

    @Test
    void aLockedVaultRefusesAFileWithSecretsAndChangesNothing() throws Exception {
        vaultOn();
        vault.locked = true;
        String before = stored();

        VaultedImport.Result r = importing.apply(plan(file("p-gw", true)));

        assertEquals(I18n.t("opt_import_unlock_first"), r.refusal());
        assertTrue(r.previewAgain(), "after unlocking, the file is previewed again");
        assertEquals(before, stored());
        assertEquals(0, vault.puts);
    }

    @Test
    void aLockedVaultStillTakesAFileWithoutSecrets() throws Exception {
        vaultOn();
        vault.locked = true;

        VaultedImport.Result r = importing.apply(plan(file("p-gw", false)));

        assertTrue(r.saved(), String.valueOf(r.refusal()));
        ProviderConfig p = editor.settings().provider("p-gw");
        assertEquals("", p.apiKey);
        assertEquals("", p.extraHeaders.get(0).value(), "the file left the value out: nothing to store");
    }

    @Test
    void reimportingAKeylessExportKeepsTheVaultsKeyAndSecretValues() throws Exception {
        vaultOn();
        importing.apply(plan(file("p-gw", true)));
        int writes = vault.puts;

        ImportPlan again = plan(file("p-gw", false));
        editor.change(s -> {
            s.provider("p-gw").name = "Renamed";
            return s;
        }, null);
        ImportPlan update = plan(file("p-gw", false));
        VaultedImport.Result r = importing.apply(update);

        assertTrue(again.updates().isEmpty(), "nothing differs, so nothing to update");
        assertEquals(KeyChange.KEPT, update.updates().get(0).keyChange(), "the vault's key is known to the preview");
        assertTrue(r.saved(), String.valueOf(r.refusal()));
        ProviderConfig opened = ProviderSecrets.opened(editor.settings().provider("p-gw"), vault.secrets());
        assertEquals(KEY, opened.apiKey);
        assertEquals(GATEWAY, opened.extraHeaders.get(0).value());
        assertEquals(writes, vault.puts, "the vault already held everything");
    }

    @Test
    void whenTheSettingsCannotBeWrittenTheVaultGetsBackWhatItHad() throws Exception {
        vaultOn();
        vault.keys.put("other", "sk-other-0123456789abcdef");
        ImportPlan p = plan(file("p-gw", true));
        kv.setQuotaChars(10);

        VaultedImport.Result r = importing.apply(p);

        assertFalse(r.saved());
        assertFalse(r.previewAgain(), "the preview stays: free some space and apply again");
        assertEquals(Map.of("other", "sk-other-0123456789abcdef"), vault.keys);
    }

    @Test
    void aVaultWriteFailureRefusesTheImportBeforeTheSettingsChange() throws Exception {
        vaultOn();
        String before = stored();
        vault.failure = "The vault could not be written.";

        VaultedImport.Result r = importing.apply(plan(file("p-gw", true)));

        assertEquals(I18n.t("opt_import_vault_failed", "The vault could not be written."), r.refusal());
        assertEquals(before, stored());
    }

    @Test
    void withoutTheVaultAnImportStoresKeysWithTheProvidersAsBefore() throws Exception {
        VaultedImport.Result r = importing.apply(plan(file("p-gw", true)));

        assertTrue(r.saved());
        assertEquals(KEY, editor.settings().provider("p-gw").apiKey);
        assertEquals(0, vault.puts);
    }
}
