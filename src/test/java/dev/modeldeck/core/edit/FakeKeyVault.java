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
    /** When set, every write fails with this message. */
    String failure;
    int puts;

    @Override public boolean vaultEnabled() { return enabled; }

    @Override public boolean locked() { return enabled && locked; }

    @Override public Map<String, String> secrets() { return locked() ? Map.of() : new LinkedHashMap<>(keys); }

    String key(String slot) { return keys.get(slot); }

    @Override
    public void putAll(Map<String, String> changes) throws VaultException {
        if (failure != null) {
            throw new VaultException(VaultException.Reason.STORAGE, failure);
        }
        if (locked()) {
            throw new VaultException(VaultException.Reason.LOCKED, "locked");
        }
        puts++;
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (e.getValue().isEmpty()) {
                keys.remove(e.getKey());
            } else {
                keys.put(e.getKey(), e.getValue());
            }
        }
    }
}
