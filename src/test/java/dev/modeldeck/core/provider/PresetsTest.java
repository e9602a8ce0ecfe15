package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.testsupport.Fixtures;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PresetsTest {

    static Stream<Preset> presets() { return Presets.all().stream(); }

    @Test
    void everyRequiredProviderHasAPreset() {
        for (String id : Arrays.asList("openai", "openrouter", "groq", "together", "mistral", "deepseek", "fireworks",
                "xai", "perplexity", "gemini", "azure", "azure-deployment", "cerebras", "deepinfra", "ollama",
                "lmstudio", "llamacpp", "vllm", "localai", "jan", "litellm", "custom")) {
            assertTrue(Presets.find(id) != null, id);
        }
    }

    @Test
    void idsAreUniqueAndCustomIsLast() {
        Set<String> ids = new HashSet<>();
        for (Preset p : Presets.all()) {
            assertTrue(ids.add(p.id()), "duplicate " + p.id());
        }
        assertSame(Presets.CUSTOM, Presets.all().get(Presets.all().size() - 1));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetDescribesItselfCompletely(Preset p) {
        assertFalse(p.displayName().isEmpty());
        assertFalse(p.note().isEmpty(), p.id());
        assertTrue(p.docsUrl().startsWith("https://"), p.id());
        if (p.authStyle() == AuthStyle.CUSTOM_HEADER) {
            assertFalse(p.headerName().isEmpty(), p.id());
        } else {
            assertEquals("", p.headerName(), p.id());
        }
        if (p.authStyle() == AuthStyle.NONE) {
            assertFalse(p.keyRequired(), p.id());
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetBaseUrlIsCleanOnceItsPlaceholdersAreFilled(Preset p) {
        if (p == Presets.CUSTOM) {
            assertEquals("", p.baseUrl());
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String name : p.placeholders()) {
            values.put(name, "example");
        }
        String url = p.baseUrlFilled(values);
        BaseUrlCheck.Result r = BaseUrlCheck.check(url);
        assertTrue(r.problems().isEmpty(), p.id() + ": " + r.problems());
        assertEquals(url, r.normalized());
        assertEquals(p.local(), BaseUrlCheck.isLocalHost(UrlParts.parse(url).host()), p.id() + " local flag");
    }

    @Test
    void azurePresetsUseTheApiKeyHeaderAndNeedTheResourceName() {
        assertEquals(AuthStyle.CUSTOM_HEADER, Presets.AZURE.authStyle());
        assertEquals("api-key", Presets.AZURE.headerName());
        assertEquals(Arrays.asList("resource"), Presets.AZURE.placeholders());
        assertEquals(Arrays.asList("resource", "deployment"), Presets.AZURE_DEPLOYMENT.placeholders());
        assertEquals(new NameValue("api-version", "2024-10-21"), Presets.AZURE_DEPLOYMENT.defaultExtraQuery().get(0));
        assertTrue(Presets.AZURE.defaultExtraQuery().isEmpty());
        Map<String, String> v = new HashMap<>();
        v.put("resource", " contoso ");
        assertEquals("https://contoso.openai.azure.com/openai/v1", Presets.AZURE.baseUrlFilled(v));
    }

    @Test
    void ollamaIsKeylessLocalAndStripsOrigin() {
        Preset o = Presets.OLLAMA;
        assertEquals("http://127.0.0.1:11434/v1", o.baseUrl());
        assertEquals(AuthStyle.NONE, o.authStyle());
        assertTrue(o.local());
        assertTrue(o.stripOrigin());
        assertTrue(o.note().contains("OLLAMA_ORIGINS"));
    }

    @Test
    void onlyOllamaStripsOrigin() {
        for (Preset p : Presets.all()) {
            assertEquals(p == Presets.OLLAMA, p.stripOrigin(), p.id());
        }
    }

    @Test
    void providersWithoutUsableModelListSaySo() {
        assertFalse(Presets.PERPLEXITY.hasModelsList());
        assertFalse(Presets.AZURE.hasModelsList());
        assertFalse(Presets.AZURE_DEPLOYMENT.hasModelsList());
        assertTrue(Presets.OPENAI.hasModelsList());
        assertTrue(Presets.OLLAMA.hasModelsList());
    }

    @Test
    void byIdFallsBackToCustomButFindDoesNot() {
        assertSame(Presets.GROQ, Presets.byId("groq"));
        assertSame(Presets.CUSTOM, Presets.byId("from-a-newer-version"));
        assertSame(Presets.CUSTOM, Presets.byId(null));
        assertNull(Presets.find("from-a-newer-version"));
    }

    @Test
    void newConfigCopiesDefaultsAndPicksAFreeName() {
        ProviderConfig p = Presets.AZURE_DEPLOYMENT.newConfig("p-1", Arrays.asList("Azure OpenAI (deployment URL)"));
        assertEquals("p-1", p.id);
        assertEquals("Azure OpenAI (deployment URL) 2", p.name);
        assertEquals("azure-deployment", p.presetId);
        assertEquals(Presets.AZURE_DEPLOYMENT.baseUrl(), p.baseUrl);
        assertEquals(AuthStyle.CUSTOM_HEADER, p.authStyle);
        assertEquals("api-key", p.headerName);
        assertEquals(1, p.extraQuery.size());
        p.extraQuery.clear(); // the preset's own list must not be shared
        assertEquals(1, Presets.AZURE_DEPLOYMENT.defaultExtraQuery().size());
    }

    @Test
    void applyingCustomKeepsTheUsersBaseUrl() {
        ProviderConfig p = new ProviderConfig("p", "Mine", "https://mine.example/v1");
        Presets.CUSTOM.applyTo(p);
        assertEquals("https://mine.example/v1", p.baseUrl);
        assertEquals("custom", p.presetId);
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.openai.com/v1, openai",
        "api.openai.com, openai",
        "https://API.OPENAI.COM./v1/chat/completions, openai",
        "https://openrouter.ai/api/v1, openrouter",
        "https://api.groq.com/openai/v1, groq",
        "https://api.together.xyz/v1, together",
        "https://api.together.ai/v1, together",
        "https://api.mistral.ai/v1, mistral",
        "https://api.deepseek.com, deepseek",
        "https://api.fireworks.ai/inference/v1, fireworks",
        "https://api.x.ai/v1, xai",
        "https://api.perplexity.ai, perplexity",
        "https://generativelanguage.googleapis.com/v1beta/openai/, gemini",
        "https://contoso.openai.azure.com/openai/v1, azure",
        "https://contoso.openai.azure.com/openai/deployments/gpt4o?api-version=2024-10-21, azure-deployment",
        "https://api.cerebras.ai/v1, cerebras",
        "https://api.deepinfra.com/v1/openai, deepinfra",
        "http://localhost:11434/v1/, ollama",
        "http://gpu.example.com:11434, ollama",
        "localhost:11434, ollama",
        "http://[::1]:11434/v1, ollama",
        "http://127.0.0.1:1234/v1, lmstudio",
        "http://192.168.1.7:1234/v1, lmstudio",
        "http://localhost:8080/v1, llamacpp",
        "http://127.0.0.1:8000/v1, vllm",
        "http://127.0.0.1:1337/v1, jan",
        "http://0.0.0.0:4000, litellm",
        "https://llm.example.com:8080/v1, custom",
        "https://llm.example.com:8000/v1, custom",
        "https://example.com/v1, custom",
        "not a url at all, custom",
        "'', custom",
    })
    void guessFromUrlPicksThePresetByHostThenPort(String url, String expected) {
        assertEquals(expected, Presets.guessFromUrl(url).id());
    }

    @Test
    void guessFromNullIsCustom() {
        assertSame(Presets.CUSTOM, Presets.guessFromUrl(null));
    }

    @Test
    void guessFromLegacyFixturesMatchesTheirServers() throws Exception {
        assertEquals("openai", Presets.guessFromUrl(Fixtures.legacyKeys("openai-basic.json").get("openai_api_base")).id());
        assertEquals("ollama", Presets.guessFromUrl(Fixtures.legacyKeys("ollama-no-key.json").get("openai_api_base")).id());
    }

    @Test
    void presetsTableInDocsListsEveryPreset() throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Paths.get("docs/PRESETS.md"));
        String all = String.join("\n", lines);
        for (Preset p : Presets.all()) {
            assertTrue(all.contains("| `" + p.id() + "` |"), "docs/PRESETS.md lacks " + p.id());
            if (!p.baseUrl().isEmpty()) {
                assertTrue(all.contains(p.baseUrl()), "docs/PRESETS.md lacks base URL of " + p.id());
            }
        }
    }
}
