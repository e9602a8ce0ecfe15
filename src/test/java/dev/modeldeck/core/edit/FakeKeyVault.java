package dev.modeldeck.core.edit;

import dev.modeldeck.core.security.VaultException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A vault in memory: on or off, locked or not, and writes that can be made to fail. */
final class FakeKeyVault implements KeyVault {
    final Map<String, String> keys = new LinkedHashMap<>();
    boolean enabled;
    boolean locked;
    /** When set, every put fails with this message. */
    String failure;
    int puts;

    @Override public boolean vaultEnabled() { return enabled; }

    @Override public boolean locked() { return enabled && locked; }

    @Override public String key(String providerId) { return keys.get(providerId); }

    @Override
    public void put(String providerId, String apiKey) throws VaultException {
        if (failure != null) {
            throw new VaultException(VaultException.Reason.STORAGE, failure);
        }
        puts++;
        if (apiKey.isEmpty()) {
            keys.remove(providerId);
        } else {
            keys.put(providerId, apiKey);
        }
    }
}
