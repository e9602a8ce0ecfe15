package dev.modeldeck.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.store.KeyStorageMode;
import dev.modeldeck.core.store.LegacyV1ToV2;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.SettingsRepository;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.testsupport.FakeClock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** With the vault on, no secret stays in plain text: the legacy v1 key and plain settings secrets move in. */
class PlainSecretsToVaultTest {
    private static final String LEGACY_KEY = "sk-legacy-plain-0123456789abcdef";
    private static final String LEGACY_SLOT = ProviderSecrets.keySlot(LegacyV1ToV2.PROVIDER_ID, "https://api.openai.com/v1");

    private final MemoryKeyValueStore kv = new MemoryKeyValueStore();
    private final SettingsRepository repo = new SettingsRepository(kv, new FakeClock(1_700_000_000_000L), "options-1",
        UnaryOperator.identity());
    private final FakeKeyVault vault = new FakeKeyVault();

    /** The single-provider build's keys; the first load migrates them (the vault is off at that point). */
    private void legacySetup() throws Exception {
        kv.put(StorageKeys.LEGACY_API_BASE, "https://api.openai.com/v1");
        kv.put(StorageKeys.LEGACY_API_KEY, LEGACY_KEY);
        kv.put(StorageKeys.LEGACY_MODEL, "gpt-4o-mini");
        repo.load();
    }

    /** The vault is on and the migrated provider has no key anywhere but the plain legacy copy. */
    private void legacyKeyOnlyInPlainStorage() throws Exception {
        legacySetup();
        vault.enabled = true;
        repo.applyChange(s -> {
            s.provider(LegacyV1ToV2.PROVIDER_ID).apiKey = "";
            return s;
        });
    }

    /** A provider whose secrets sit in the settings document although the vault is on (an older build wrote them). */
    private void storedInPlainWithTheVaultOn(ProviderConfig p) {
        vault.enabled = true;
        repo.applyChange(s -> {
            s.providers.add(p);
            return s;
        });
    }

    /** What turning the vault on does first: the settings' keys into the vault, the settings cleared. */
    private void turnVaultOn() throws Exception {
        vault.enabled = true;
        vault.putAll(VaultedSettings.plainSecrets(repo.load().settings()));
        repo.applyChange(s -> {
            Settings sealed = VaultedSettings.sealedWhereVaulted(s, vault.secrets());
            sealed.keyStorage = KeyStorageMode.VAULT;
            return sealed;
        });
    }

    private PlainSecretsToVault.Result run() { return new PlainSecretsToVault(kv, repo, vault).run(); }

    private String everythingStored() {
        StringBuilder sb = new StringBuilder();
        for (String k : kv.keys()) {
            sb.append(k).append('=').append(kv.get(k)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void afterTheVaultIsTurnedOnTheLegacyKeyIsInTheVaultAndNowhereInPlainText() throws Exception {
        legacySetup();
        turnVaultOn();
        assertEquals(LEGACY_KEY, kv.get(StorageKeys.LEGACY_API_KEY), "before: the plain legacy key survived");

        PlainSecretsToVault.Result r = run();

        assertEquals(PlainSecretsToVault.Legacy.MOVED, r.legacy());
        assertEquals(LEGACY_KEY, vault.key(LEGACY_SLOT), "the migrated provider keeps its key, in the vault");
        assertFalse(everythingStored().contains(LEGACY_KEY), everythingStored());
        assertEquals("https://api.openai.com/v1", kv.get(StorageKeys.LEGACY_API_BASE), "only the key goes");
        assertEquals(List.of(I18n.t("sec_legacy_key_moved")), r.notices());
    }

    @Test
    void aLegacyKeyTheVaultLacksIsPutThereBeforeThePlainCopyGoes() throws Exception {
        legacyKeyOnlyInPlainStorage();

        run();

        assertEquals(LEGACY_KEY, vault.key(LEGACY_SLOT));
        assertNull(kv.get(StorageKeys.LEGACY_API_KEY));
    }

    @Test
    void whileTheVaultIsLockedTheLegacyKeyWaitsAndTheUserIsTold() throws Exception {
        legacySetup();
        turnVaultOn();
        vault.locked = true;

        PlainSecretsToVault.Result r = run();

        assertEquals(PlainSecretsToVault.Legacy.WAITING, r.legacy());
        assertEquals(LEGACY_KEY, kv.get(StorageKeys.LEGACY_API_KEY), "nothing can move without the passphrase");
        assertEquals(List.of(I18n.t("sec_legacy_key_waiting")), r.notices());
        assertTrue(new PlainSecretsToVault(kv, repo, vault).legacyKeyWaiting());
    }

    @Test
    void withoutTheVaultTheLegacyKeyStaysForAnOlderBuild() throws Exception {
        legacySetup();

        PlainSecretsToVault.Result r = run();

        assertEquals(PlainSecretsToVault.Legacy.NONE, r.legacy());
        assertEquals(LEGACY_KEY, kv.get(StorageKeys.LEGACY_API_KEY));
        assertTrue(r.notices().isEmpty());
        assertFalse(new PlainSecretsToVault(kv, repo, vault).legacyKeyWaiting());
    }

    @Test
    void aFailedVaultWriteKeepsThePlainLegacyKeyAndSaysSo() throws Exception {
        legacyKeyOnlyInPlainStorage();
        vault.failure = "The vault could not be written.";

        PlainSecretsToVault.Result r = run();

        assertEquals(PlainSecretsToVault.Legacy.NOT_MOVED, r.legacy());
        assertEquals(LEGACY_KEY, kv.get(StorageKeys.LEGACY_API_KEY));
        assertEquals(List.of(I18n.t("sec_legacy_key_not_moved", "The vault could not be written.")), r.notices());
    }

    @Test
    void aKeyTheUserEnteredSinceIsNotOverwrittenByTheOldLegacyKey() throws Exception {
        legacySetup();
        turnVaultOn();
        vault.putAll(Map.of(LEGACY_SLOT, "sk-newer-key-entered-later-0123"));

        run();

        assertEquals("sk-newer-key-entered-later-0123", vault.key(LEGACY_SLOT));
        assertNull(kv.get(StorageKeys.LEGACY_API_KEY));
    }

    @Test
    void aDeletedMigratedProviderTakesItsPlainLegacyKeyWithIt() throws Exception {
        legacySetup();
        vault.enabled = true;
        repo.applyChange(s -> {
            s.removeProvider(LegacyV1ToV2.PROVIDER_ID);
            return s;
        });

        run();

        assertNull(kv.get(StorageKeys.LEGACY_API_KEY));
        assertNull(vault.key(LEGACY_SLOT), "no vault entry for a provider that is gone");
    }

    @Test
    void aMigrationThatRunsWithTheVaultOnNeverPutsTheKeyInTheSettings() throws Exception {
        repo.applyChange(s -> {
            s.keyStorage = KeyStorageMode.VAULT;
            return s;
        });
        vault.enabled = true;
        kv.put(StorageKeys.LEGACY_API_BASE, "https://api.openai.com/v1");
        kv.put(StorageKeys.LEGACY_API_KEY, LEGACY_KEY);

        Settings migrated = repo.load().settings();

        assertEquals("", migrated.provider(LegacyV1ToV2.PROVIDER_ID).apiKey);
        assertFalse(kv.get(StorageKeys.SETTINGS).contains(LEGACY_KEY));
        run();
        assertEquals(LEGACY_KEY, vault.key(LEGACY_SLOT));
        assertFalse(everythingStored().contains(LEGACY_KEY), everythingStored());
    }

    @Test
    void plainSecretsLeftInTheSettingsMoveInAndThePlainValuesGo() throws Exception {
        ProviderConfig p = new ProviderConfig("gw", "Gateway", "https://gateway.example.com/v1");
        p.apiKey = "sk-plain-left-behind-0123456789";
        p.extraHeaders.add(new NameValue("cf-aig-authorization", "Bearer cfut_gatewaySecret0123456789"));
        p.extraHeaders.add(new NameValue("X-Team", "research"));
        storedInPlainWithTheVaultOn(p);

        PlainSecretsToVault.Result r = run();

        assertEquals(2, r.moved());
        String stored = kv.get(StorageKeys.SETTINGS);
        assertFalse(stored.contains("sk-plain-left-behind") || stored.contains("gatewaySecret"), stored);
        assertTrue(stored.contains("research"), "plain values stay");
        assertEquals("Bearer cfut_gatewaySecret0123456789",
            ProviderSecrets.opened(repo.load().settings().provider("gw"), vault.secrets()).extraHeaders.get(0).value());
        assertEquals(List.of(I18n.plural("sec_secrets_moved", 2, "2")), r.notices());
    }

    @Test
    void aFailedVaultWriteLeavesThePlainSettingsSecretsWhereTheyAre() throws Exception {
        ProviderConfig p = new ProviderConfig("p", "P", "https://api.example.com/v1");
        p.apiKey = "sk-plain-left-behind-0123456789";
        storedInPlainWithTheVaultOn(p);
        vault.failure = "The vault could not be written.";

        PlainSecretsToVault.Result r = run();

        assertEquals(0, r.moved());
        assertTrue(kv.get(StorageKeys.SETTINGS).contains("sk-plain-left-behind"), "not lost");
        assertEquals(List.of(I18n.t("sec_secrets_not_moved", "The vault could not be written.")), r.notices());
    }
}
