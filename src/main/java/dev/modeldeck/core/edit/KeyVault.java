package dev.modeldeck.core.edit;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.security.VaultException;

/**
 * The passphrase vault as saving sees it: where keys go instead of the settings document when it is on.
 * Keys are bound to the provider's id and server (see {@link VaultEntries}).
 */
public interface KeyVault {
    boolean vaultEnabled();

    /** On but not unlocked: no key can be read or written. */
    boolean locked();

    /** The key saved for this provider at its current server in the unlocked vault, or null. */
    String key(ProviderConfig p);

    /** Stores the provider's key for its current server, dropping any it had for another; an empty key removes them. */
    void put(ProviderConfig p, String apiKey) throws VaultException;
}
