package dev.modeldeck.core.edit;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of API keys in the passphrase vault: provider id plus the server (scheme, host and port) the key
 * was saved for ({@link ProviderSecrets} names every slot this way). A provider whose address now points
 * at another server finds no key, so nothing that changes a stored address (an import, an edited document)
 * can send a vault key somewhere new; saving the form, where the user typed the address, binds the key to
 * it again. Entries are rewritten as whole maps
 * (pure functions), so the caller stores each change in one vault write.
 */
public final class VaultEntries {
    private VaultEntries() { }

    /** Every entry of the provider removed (it was deleted). */
    public static Map<String, String> without(Map<String, String> entries, String providerId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!ProviderSecrets.owns(providerId, e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * Entries written before keys were bound (named by id alone) bound to their provider's current server,
     * and bound entries of providers that no longer exist dropped. Names in any other form are kept as they are.
     */
    public static Map<String, String> tidy(Map<String, String> entries, List<ProviderConfig> providers) {
        Map<String, ProviderConfig> byId = new LinkedHashMap<>();
        for (ProviderConfig p : providers) {
            byId.put(p.id, p);
        }
        Set<String> names = entries.keySet();
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String n = e.getKey();
            int sep = n.indexOf('\n');
            if (sep >= 0) {
                if (byId.containsKey(n.substring(0, sep))) {
                    out.put(n, e.getValue());
                }
            } else if (byId.containsKey(n)) {
                String bound = ProviderSecrets.keySlot(n, byId.get(n).baseUrl);
                if (!names.contains(bound)) {
                    out.put(bound, e.getValue());
                }
            } else {
                out.put(n, e.getValue());
            }
        }
        return out;
    }
}
