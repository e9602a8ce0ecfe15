package dev.modeldeck.core.edit;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.PastedText;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.security.VaultException;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.LegacyUrls;
import dev.modeldeck.core.store.LegacyV1ToV2;
import dev.modeldeck.core.store.SaveResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.SettingsRepository;
import dev.modeldeck.core.store.StorageKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With the vault on, no secret may stay in plain text. Run after the vault is turned on or unlocked: every
 * plain secret still in the settings document, and the legacy v1 key ({@code openai_api_key}, which the
 * migration left in place for an older build), moves into the vault; each plain copy is removed only after
 * the vault holds it. While the vault is locked nothing can move, and a waiting legacy key is reported.
 */
public final class PlainSecretsToVault {
    /** What became of the legacy v1 key. */
    public enum Legacy {
        /** None stored, or the vault is off (then the key stays for an older build). */
        NONE,
        /** Still in plain text: the vault is locked. */
        WAITING,
        /** The vault holds the migrated provider's key now, and the plain copy is gone. */
        MOVED,
        /** The vault write failed; the plain copy was kept. */
        NOT_MOVED
    }

    /** @param moved settings secrets moved; @param problem the vault's error when a write failed, else null */
    public record Result(int moved, Legacy legacy, String problem) {
        /** Sentences for the user, in order; empty when nothing happened. */
        public List<String> notices() {
            List<String> out = new ArrayList<>();
            if (moved > 0) {
                out.add(I18n.plural("sec_secrets_moved", moved, I18n.format().integer(moved)));
            } else if (problem != null && legacy != Legacy.NOT_MOVED) {
                out.add(I18n.t("sec_secrets_not_moved", problem));
            }
            switch (legacy) {
                case MOVED -> out.add(I18n.t("sec_legacy_key_moved"));
                case WAITING -> out.add(I18n.t("sec_legacy_key_waiting"));
                case NOT_MOVED -> out.add(I18n.t("sec_legacy_key_not_moved", problem));
                case NONE -> { }
            }
            return out;
        }
    }

    private final KeyValueStore kv;
    private final SettingsRepository repo;
    private final KeyVault vault;

    public PlainSecretsToVault(KeyValueStore kv, SettingsRepository repo, KeyVault vault) {
        this.kv = kv;
        this.repo = repo;
        this.vault = vault;
    }

    /** Whether the legacy v1 key is stored in plain text while the vault is on (the notice to show). */
    public boolean legacyKeyWaiting() {
        return vault.vaultEnabled() && legacyKey() != null;
    }

    /** Moves what it can; blocking (vault writes). */
    public Result run() {
        if (!vault.vaultEnabled()) {
            return new Result(0, Legacy.NONE, null);
        }
        if (vault.locked()) {
            return new Result(0, legacyKey() == null ? Legacy.NONE : Legacy.WAITING, null);
        }
        String problem = null;
        int moved = 0;
        try {
            moved = moveSettingsSecrets();
        } catch (VaultException e) {
            problem = e.getMessage();
        }
        Legacy legacy;
        try {
            legacy = moveLegacyKey();
        } catch (VaultException e) {
            problem = e.getMessage();
            legacy = Legacy.NOT_MOVED;
        }
        return new Result(moved, legacy, problem);
    }

    /** Plain secrets in the settings document go into the vault, then the document keeps placeholders. */
    private int moveSettingsSecrets() throws VaultException {
        Map<String, String> plain = VaultedSettings.plainSecrets(repo.load().settings());
        if (plain.isEmpty()) {
            return 0;
        }
        putMissing(plain);
        SaveResult saved = repo.applyChange(s -> VaultedSettings.sealedWhereVaulted(s, vault.secrets()));
        return saved.saved() ? plain.size() : 0;
    }

    /**
     * The legacy key becomes the migrated provider's key in the vault, unless the vault already holds one
     * for it (the same key moved when the vault was turned on, or one the user entered since). Its plain
     * copy goes once the vault's copy is verified, or when the migrated provider was deleted.
     */
    private Legacy moveLegacyKey() throws VaultException {
        String legacy = legacyKey();
        if (legacy == null) {
            return Legacy.NONE;
        }
        Settings settings = repo.load().settings();
        // Bound to the server the v1 setup sent it to: usable by the migrated provider only while it stays there.
        String base = kv.get(StorageKeys.LEGACY_API_BASE);
        String slot = ProviderSecrets.keySlot(LegacyV1ToV2.PROVIDER_ID, LegacyUrls.basicNormalize(base == null ? "" : base));
        if (settings.provider(LegacyV1ToV2.PROVIDER_ID) == null) {
            if (!settings.migratedFromLegacy) {
                return Legacy.NONE; // not migrated yet: the key is all there is
            }
        } else if (vault.secrets().get(slot) == null) {
            Map<String, String> put = new LinkedHashMap<>();
            put.put(slot, legacy);
            putMissing(put);
            if (!legacy.equals(vault.secrets().get(slot))) {
                return Legacy.NOT_MOVED;
            }
        }
        kv.remove(StorageKeys.LEGACY_API_KEY);
        return Legacy.MOVED;
    }

    /** Writes the entries whose values the vault does not hold yet, in one write. */
    private void putMissing(Map<String, String> wanted) throws VaultException {
        Map<String, String> before = vault.secrets();
        Map<String, String> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                changes.put(e.getKey(), e.getValue());
            }
        }
        if (!changes.isEmpty()) {
            vault.putAll(changes);
        }
    }

    /** The stored legacy key, trimmed, or null when there is none. */
    private String legacyKey() {
        String raw = kv.get(StorageKeys.LEGACY_API_KEY);
        String key = raw == null ? "" : PastedText.trim(raw);
        return key.isEmpty() ? null : key;
    }
}
