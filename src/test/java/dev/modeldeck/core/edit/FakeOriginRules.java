package dev.modeldeck.core.edit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Origin rules in memory: provider id → the base URL its rule covers; one rule per provider, as in the browser. */
final class FakeOriginRules implements OriginRules {
    final Map<String, String> installed = new LinkedHashMap<>();
    /** When set, installing fails with this reason. */
    String failure;

    @Override
    public String install(String providerId, String baseUrl) {
        if (failure != null) {
            return failure;
        }
        installed.put(providerId, baseUrl);
        return null;
    }

    @Override
    public void uninstall(String providerId) {
        installed.remove(providerId);
    }
}
