package dev.modeldeck.demo;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;

/**
 * The settings document the demo writes into the extension's storage, built with the extension's own
 * classes so it is exactly what a user saving the provider by hand would have stored.
 */
final class DemoSettings {
    static final String PROVIDER_ID = "demo";
    static final String PROVIDER_NAME = "ModelDeck demo";
    static final String MODEL_ID = "demo-chat";

    private DemoSettings() { }

    /** A fresh document with the demo provider as the only provider and the default for new chats. */
    static String fresh(String baseUrl) {
        Settings s = new Settings();
        ProviderConfig p = new ProviderConfig(PROVIDER_ID, PROVIDER_NAME, baseUrl);
        p.presetId = "custom";
        p.authStyle = AuthStyle.NONE;
        p.defaultModel = MODEL_ID;
        s.providers.add(p);
        s.defaultProviderId = PROVIDER_ID;
        s.defaultModelId = MODEL_ID;
        s.savedBy = "run-demo";
        return s.toJson(true).toString();
    }

    /**
     * What to store when a document already exists (a reused demo profile): the same document with the
     * demo provider pointed at {@code baseUrl} when the provider now runs on another port, otherwise
     * null (leave the user's settings alone, including documents this build cannot read).
     */
    static String repointed(String stored, String baseUrl) {
        Json doc = JsonParser.tryParse(stored);
        if (doc == null || !doc.isObject() || doc.get("schemaVersion").asLong(-1) != Settings.SCHEMA_VERSION) {
            return null;
        }
        Settings s = Settings.fromJson(doc);
        ProviderConfig p = s.provider(PROVIDER_ID);
        if (p == null || baseUrl.equals(p.baseUrl)) {
            return null;
        }
        p.baseUrl = baseUrl;
        // A new revision, so a page that still holds the old document notices the change.
        s.revision++;
        s.savedBy = "run-demo";
        return s.toJson(true).toString();
    }
}
