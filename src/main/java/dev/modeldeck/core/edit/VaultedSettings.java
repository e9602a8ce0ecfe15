package dev.modeldeck.core.edit;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.store.Settings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whole settings as the vault sees them: opened (every secret in place, for editing in memory) and
 * sealed (secrets in the vault, for the settings document). {@link ProviderSecrets} does each provider.
 */
public final class VaultedSettings {
    private VaultedSettings() { }

    /** A copy with every provider's secrets filled in from the vault's entries. */
    public static Settings opened(Settings s, Map<String, String> vault) {
        Settings out = s.copy();
        for (int i = 0; i < out.providers.size(); i++) {
            out.providers.set(i, ProviderSecrets.opened(out.providers.get(i), vault));
        }
        return out;
    }

    /** Every secret the settings hold in plain text, slot → value. */
    public static Map<String, String> plainSecrets(Settings s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ProviderConfig p : s.providers) {
            out.putAll(ProviderSecrets.plain(p));
        }
        return out;
    }

    /** A copy with every provider sealed: no key, secret values as placeholders. */
    public static Settings sealed(Settings s) {
        Settings out = s.copy();
        for (int i = 0; i < out.providers.size(); i++) {
            out.providers.set(i, ProviderSecrets.sealed(out.providers.get(i)));
        }
        return out;
    }

    /**
     * A copy where each provider whose plain secrets all sit in {@code vault} with the same values is
     * sealed; any other provider (changed since, or its write failed) keeps its values, so none is lost.
     */
    public static Settings sealedWhereVaulted(Settings s, Map<String, String> vault) {
        Settings out = s.copy();
        for (int i = 0; i < out.providers.size(); i++) {
            ProviderConfig p = out.providers.get(i);
            if (allIn(ProviderSecrets.plain(p), vault)) {
                out.providers.set(i, ProviderSecrets.sealed(p));
            }
        }
        return out;
    }

    /** The vault writes that store opened settings' secrets (see {@link ProviderSecrets#changes}). */
    public static Map<String, String> changes(Settings opened, Map<String, String> vault) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ProviderConfig p : opened.providers) {
            out.putAll(ProviderSecrets.changes(p, vault, true));
        }
        return out;
    }

    /** Whether every entry of {@code wanted} is in {@code vault} with the same value. */
    static boolean allIn(Map<String, String> wanted, Map<String, String> vault) {
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!e.getValue().equals(vault.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
