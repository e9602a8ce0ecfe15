package dev.modeldeck.core.edit;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.security.VaultException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A vault in memory: on or off, locked or not, and writes that can be made to fail. Entries are named as in the real one. */
final class FakeKeyVault implements KeyVault {
    Map<String, String> keys = new LinkedHashMap<>();
    boolean enabled;
    boolean locked;
    /** When set, every put fails with this message. */
    String failure;
    int puts;

    @Override public boolean vaultEnabled() { return enabled; }

    @Override public boolean locked() { return enabled && locked; }

    @Override public String key(ProviderConfig p) { return VaultEntries.keyFor(keys, p); }

    @Override
    public void put(ProviderConfig p, String apiKey) throws VaultException {
        if (failure != null) {
            throw new VaultException(VaultException.Reason.STORAGE, failure);
        }
        puts++;
        keys = VaultEntries.bind(keys, p, apiKey);
    }
}
