package dev.modeldeck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.LegacyV1ToV2;
import dev.modeldeck.core.store.Settings;
import java.util.List;

/** What importing a legacy v1 setup (fixtures/legacy) must give, checked the same way by every test of it. */
public final class LegacyAssertions {
    /** The provider one legacy setup becomes; {@code defaultModel} null when the setup named none. */
    public record MigratedProvider(String name, String baseUrl, String apiKey, AuthStyle authStyle, String defaultModel,
                                   List<String> legacyKeys) {
        @Override public String toString() { return "MigratedProvider[" + name + ", " + baseUrl + "]"; }
    }

    /** fixtures/legacy/openai-basic.json */
    public static final MigratedProvider OPENAI_BASIC = new MigratedProvider("OpenAI", "https://api.openai.com/v1",
        "sk-legacy-example-0001", AuthStyle.BEARER, "gpt-4o-mini",
        List.of("openai_api_base", "openai_api_key", "openai_model", "chat_history"));
    /** fixtures/legacy/ollama-no-key.json: a local server without a key, its trailing slash gone. */
    public static final MigratedProvider OLLAMA_NO_KEY = new MigratedProvider("Ollama (localhost)",
        "http://localhost:11434/v1", "", AuthStyle.NONE, "llama3.1:8b", List.of("openai_api_base", "openai_model"));
    /** fixtures/legacy/key-only.json: OpenAI's default base URL, no model. */
    public static final MigratedProvider KEY_ONLY = new MigratedProvider("OpenAI", "https://api.openai.com/v1",
        "sk-legacy-example-0002", AuthStyle.BEARER, null, List.of("openai_api_key"));

    private LegacyAssertions() { }

    /**
     * The settings hold exactly the imported provider, under the legacy id, as the default provider with its
     * model as the default model; they are marked as migrated and remember which legacy keys existed.
     */
    public static void assertMigratedProvider(Settings s, MigratedProvider expected) {
        assertEquals(1, s.providers.size(), "one provider");
        ProviderConfig p = s.providers.get(0);
        assertEquals(LegacyV1ToV2.PROVIDER_ID, p.id);
        assertEquals(expected.name(), p.name);
        assertEquals(expected.baseUrl(), p.baseUrl);
        assertEquals(expected.apiKey(), p.apiKey);
        assertEquals(expected.authStyle(), p.authStyle);
        assertEquals(expected.defaultModel(), p.defaultModel);
        assertEquals(LegacyV1ToV2.PROVIDER_ID, s.defaultProviderId);
        assertEquals(expected.defaultModel(), s.defaultModelId);
        assertTrue(s.migratedFromLegacy, "marked as migrated");
        assertEquals(expected.legacyKeys(), s.legacyKeys);
    }

    /** Exactly the settings document the import gives, with {@code presetId} as the guessed preset. */
    public static Settings expectedSettings(MigratedProvider expected, String presetId) {
        ProviderConfig p = new ProviderConfig(LegacyV1ToV2.PROVIDER_ID, expected.name(), expected.baseUrl());
        p.presetId = presetId;
        p.apiKey = expected.apiKey();
        p.authStyle = expected.authStyle();
        p.defaultModel = expected.defaultModel();
        Settings s = new Settings();
        s.providers.add(p);
        s.defaultProviderId = LegacyV1ToV2.PROVIDER_ID;
        s.defaultModelId = expected.defaultModel();
        s.migratedFromLegacy = true;
        s.legacyKeys.addAll(expected.legacyKeys());
        return s;
    }
}
