package dev.modeldeck.core.bulk;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.core.provider.ModelPref;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.testsupport.FakeClock;
import java.util.List;

/** Providers that exercise every exported field, a fixed clock, and helpers to build import files. */
final class BulkFixtures {
    static final long NOW = 1_741_305_600_000L; // 2025-03-07T00:00:00Z

    /** Never advanced by these tests. */
    static final FakeClock CLOCK = new FakeClock(NOW);

    private BulkFixtures() { }

    static Settings sample() {
        Settings s = new Settings();
        ProviderConfig openai = new ProviderConfig("p-openai", "OpenAI", "https://api.openai.com/v1");
        openai.presetId = "openai";
        openai.apiKey = "sk-proj-AAAAsecretOPENAI";
        openai.organization = "org-123";
        openai.defaultModel = "gpt-4o-mini";
        ModelPref fav = new ModelPref();
        fav.favorite = true;
        fav.alias = "Mini";
        openai.modelPrefs.put("gpt-4o-mini", fav);

        ProviderConfig groq = new ProviderConfig("p-groq", "Groq", "https://api.groq.com/openai/v1");
        groq.presetId = "groq";
        groq.apiKey = "gsk_secretGROQ";
        groq.extraHeaders.add(new NameValue("X-Team", "research"));
        groq.temperature = 0.4;
        groq.maxTokens = 2048L;
        groq.requestsPerMinute = 30L;

        ProviderConfig ollama = new ProviderConfig("p-ollama", "Ollama", "http://127.0.0.1:11434/v1");
        ollama.presetId = "ollama";
        ollama.authStyle = AuthStyle.NONE;
        ollama.stripOrigin = true;
        ollama.timeoutMs = 120_000L;
        CustomModel m = new CustomModel("llama3.1:8b");
        m.addedByHand = true;
        m.contextLength = 131_072L;
        ollama.customModels.add(m);
        ModelPref hidden = new ModelPref();
        hidden.hidden = true;
        ollama.modelPrefs.put("nomic-embed-text", hidden);

        ProviderConfig azure = new ProviderConfig("p-azure", "Azure work", "https://contoso.openai.azure.com/openai/v1");
        azure.presetId = "azure";
        azure.authStyle = AuthStyle.CUSTOM_HEADER;
        azure.headerName = "api-key";
        azure.apiKey = "azure0secret0key";
        azure.enabled = false;

        ProviderConfig router = new ProviderConfig("p-router", "OpenRouter", "https://openrouter.ai/api/v1");
        router.presetId = "openrouter";
        router.apiKey = "sk-or-v1-secretROUTER";
        router.appReferer = "https://example.org";
        router.appTitle = "ModelDeck";
        router.extraQuery.add(new NameValue("x", "1"));

        s.providers.add(openai);
        s.providers.add(groq);
        s.providers.add(ollama);
        s.providers.add(azure);
        s.providers.add(router);
        s.defaultProviderId = "p-groq";
        s.defaultModelId = "llama-3.1-8b-instant";
        return s;
    }

    /** The providers exactly as stored, with or without keys; equal text means equal providers. */
    static String providersText(List<ProviderConfig> providers, boolean withKeys) {
        JsonArray arr = Json.array();
        for (ProviderConfig p : providers) {
            arr.add(p.toJson(withKeys));
        }
        return JsonWriter.write(arr);
    }

    static JsonObject header() {
        return Json.object().put("format", "modeldeck-providers").put("version", 1).put("exportedAt", NOW)
            .put("includesKeys", false);
    }

    /** A valid file holding the given entries. */
    static String file(JsonObject... entries) {
        JsonArray arr = Json.array();
        for (JsonObject e : entries) {
            arr.add(e);
        }
        return JsonWriter.write(header().put("providers", arr));
    }

    static JsonObject entry(String id, String name, String baseUrl) {
        JsonObject o = Json.object();
        if (id != null) {
            o.put("id", id);
        }
        return o.put("name", name).put("preset", "custom").put("baseUrl", baseUrl).put("enabled", true).put("auth", "bearer");
    }

    /** Wraps by reversing and tagging; unwraps only what it wrapped (a "wrong passphrase" returns null). */
    static final KeyWrapper WRAP = k -> "wrapped:" + new StringBuilder(k).reverse();
    static final KeyUnwrapper UNWRAP = w -> w.startsWith("wrapped:") ? new StringBuilder(w.substring(8)).reverse().toString() : null;
    static final KeyUnwrapper WRONG_PASSPHRASE = w -> null;
}
