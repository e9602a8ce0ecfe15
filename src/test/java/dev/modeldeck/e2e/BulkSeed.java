package dev.modeldeck.e2e;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import java.util.HashMap;
import java.util.Map;

/** Builds a settings document with the real classes, to seed localStorage before a page opens. */
final class BulkSeed {
    private final Settings settings = new Settings();

    BulkSeed add(String id, String name, String baseUrl, boolean enabled, String key) {
        ProviderConfig p = new ProviderConfig(id, name, baseUrl);
        p.enabled = enabled;
        if (key == null) {
            p.authStyle = AuthStyle.NONE;
        } else {
            p.authStyle = AuthStyle.BEARER;
            p.apiKey = key;
        }
        settings.providers.add(p);
        return this;
    }

    Map<String, String> storage() {
        settings.revision = 1;
        Map<String, String> m = new HashMap<>();
        m.put(StorageKeys.SETTINGS, settings.toJson(true).toString());
        return m;
    }
}
