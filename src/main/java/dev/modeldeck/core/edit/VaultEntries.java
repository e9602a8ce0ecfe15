package dev.modeldeck.core.edit;

import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of API keys in the passphrase vault: provider id plus the server (scheme, host and port) the key
 * was saved for. A provider whose address now points at another server finds no key, so nothing that
 * changes a stored address (an import, an edited document) can send a vault key somewhere new; saving the
 * form, where the user typed the address, binds the key to it again. Entries are rewritten as whole maps
 * (pure functions), so the caller stores each change in one vault write.
 */
public final class VaultEntries {
    /** Never part of an id (imports refuse control characters, ids are generated) nor of an origin. */
    private static final String SEPARATOR = "\n";

    private VaultEntries() { }

    /** The entry name for a key of {@code providerId} used at {@code baseUrl}'s server. */
    public static String name(String providerId, String baseUrl) {
        String origin = BaseUrlCheck.origin(baseUrl);
        return providerId + SEPARATOR + (origin == null ? "" : origin);
    }

    /** The key saved for this provider at its current server, or null. */
    public static String keyFor(Map<String, String> entries, ProviderConfig p) {
        return p == null || p.id == null ? null : entries.get(name(p.id, p.baseUrl));
    }

    /** Plain keys of these providers as vault entries (providers without a key are left out). */
    public static Map<String, String> of(List<ProviderConfig> providers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ProviderConfig p : providers) {
            if (p.hasKey()) {
                out.put(name(p.id, p.baseUrl), p.apiKey);
            }
        }
        return out;
    }

    /** The provider's key bound to its current server; every other entry of that provider is dropped. */
    public static Map<String, String> bind(Map<String, String> entries, ProviderConfig p, String apiKey) {
        Map<String, String> out = without(entries, p.id);
        if (apiKey != null && !apiKey.isEmpty()) {
            out.put(name(p.id, p.baseUrl), apiKey);
        }
        return out;
    }

    /** Every entry of the provider removed (it was deleted). */
    public static Map<String, String> without(Map<String, String> entries, String providerId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!belongsTo(e.getKey(), providerId)) {
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
            int sep = n.indexOf(SEPARATOR);
            if (sep >= 0) {
                if (byId.containsKey(n.substring(0, sep))) {
                    out.put(n, e.getValue());
                }
            } else if (byId.containsKey(n)) {
                String bound = name(n, byId.get(n).baseUrl);
                if (!names.contains(bound)) {
                    out.put(bound, e.getValue());
                }
            } else {
                out.put(n, e.getValue());
            }
        }
        return out;
    }

    /** Whether {@code name} is one of the provider's entries (bound, or from before binding). */
    static boolean belongsTo(String name, String providerId) {
        return name.equals(providerId) || name.startsWith(providerId + SEPARATOR);
    }
}
