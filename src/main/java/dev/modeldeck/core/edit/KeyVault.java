package dev.modeldeck.core.edit;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.security.VaultException;
import java.util.Map;

/**
 * The passphrase vault as saving sees it: where keys and other secrets go instead of the settings
 * document when it is on. Entries are named by {@link dev.modeldeck.core.provider.ProviderSecrets} slots.
 */
public interface KeyVault {
    boolean vaultEnabled();

    /** On but not unlocked: no secret can be read or written. */
    boolean locked();

    /** Every entry of the unlocked vault, slot → value; empty when locked or off. */
    Map<String, String> secrets();

    /** Writes several entries in one verified write; an empty value removes its entry. */
    void putAll(Map<String, String> changes) throws VaultException;
}
