package dev.modeldeck.core.edit;

import dev.modeldeck.core.security.VaultException;

/** The passphrase vault as saving sees it: where keys go instead of the settings document when it is on. */
public interface KeyVault {
    boolean vaultEnabled();

    /** On but not unlocked: no key can be read or written. */
    boolean locked();

    /** The provider's key in the unlocked vault, or null. */
    String key(String providerId);

    /** Stores or replaces the provider's key; an empty key removes it. */
    void put(String providerId, String apiKey) throws VaultException;
}
