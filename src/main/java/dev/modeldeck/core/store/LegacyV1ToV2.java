package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.function.UnaryOperator;

/**
 * Schema v1 → v2. A v1 document is the legacy single-provider build's localStorage keys gathered
 * into one object ({@code schemaVersion: 1, openai_api_base?, openai_api_key?, openai_model?, chat_history?}).
 * The result is a v2 settings document with one provider (id {@link #PROVIDER_ID}, so re-running adds no
 * duplicate; preset guessed from the host by {@link Presets#guessFromUrl}), that provider as the default, and the legacy marker. Chat history becomes a conversation
 * elsewhere ({@link LegacyChatHistory}); settings never hold messages.
 */
public final class LegacyV1ToV2 implements MigrationStep {
    /** Fixed id of the imported provider: identical on every run, never changes afterwards. */
    public static final String PROVIDER_ID = "legacy-v1";

    private final UnaryOperator<String> normalizeBaseUrl;

    public LegacyV1ToV2(UnaryOperator<String> normalizeBaseUrl) {
        this.normalizeBaseUrl = normalizeBaseUrl == null ? UnaryOperator.identity() : normalizeBaseUrl;
    }

    @Override public int fromVersion() { return 1; }

    @Override
    public Json apply(Json v1) {
        String baseUrl = normalizeBaseUrl.apply(LegacyUrls.basicNormalize(v1.get(StorageKeys.LEGACY_API_BASE).str()));
        String key = v1.get(StorageKeys.LEGACY_API_KEY).str("");
        String model = v1.get(StorageKeys.LEGACY_MODEL).str();

        ProviderConfig p = new ProviderConfig(PROVIDER_ID, LegacyUrls.providerName(baseUrl), baseUrl);
        // Only the preset id: applying the preset would replace the user's URL and auth, and the import is lossless.
        p.presetId = Presets.guessFromUrl(baseUrl).id();
        p.apiKey = key;
        p.authStyle = key.isEmpty() && LegacyUrls.isLocal(baseUrl) ? AuthStyle.NONE : AuthStyle.BEARER;
        p.defaultModel = model == null || model.trim().isEmpty() ? null : model;

        Settings s = new Settings();
        s.providers.add(p);
        s.defaultProviderId = PROVIDER_ID;
        s.defaultModelId = p.defaultModel;
        s.migratedFromLegacy = true;
        for (String k : StorageKeys.LEGACY_KEYS) {
            if (v1.get(k).str() != null) {
                s.legacyKeys.add(k);
            }
        }
        return s.toJson(true);
    }
}
