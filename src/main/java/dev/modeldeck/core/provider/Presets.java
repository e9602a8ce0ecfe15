package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The built-in provider presets, and a guess of the preset for a pasted URL. Every base URL was
 * checked against the page in its {@code docs(...)} line; docs/PRESETS.md has the table.
 */
public final class Presets {
    private Presets() { }

    // https://developers.openai.com/api/reference/overview (Bearer; OpenAI-Organization / OpenAI-Project headers)
    public static final Preset OPENAI = Preset.builder("openai", "OpenAI", "https://api.openai.com/v1")
        .note(() -> I18n.t("prov_preset_openai_note"))
        .docs("https://developers.openai.com/api/reference/overview").build();

    // https://openrouter.ai/deepseek/deepseek-r1-distill-qwen-1.5b (API tab: baseURL + HTTP-Referer / X-Title)
    public static final Preset OPENROUTER = Preset.builder("openrouter", "OpenRouter", "https://openrouter.ai/api/v1")
        .note(() -> I18n.t("prov_preset_openrouter_note"))
        .docs("https://openrouter.ai/docs/api-reference").build();

    // https://console.groq.com/docs/openai
    public static final Preset GROQ = Preset.builder("groq", "Groq", "https://api.groq.com/openai/v1")
        .note(() -> I18n.t("prov_preset_groq_note"))
        .docs("https://console.groq.com/docs/openai").build();

    // https://docs.together.ai/docs/inference/openai-compatibility (api.together.ai; older api.together.xyz still recognized)
    public static final Preset TOGETHER = Preset.builder("together", "Together AI", "https://api.together.ai/v1")
        .note(() -> I18n.t("prov_preset_together_note"))
        .docs("https://docs.together.ai/docs/inference/openai-compatibility").build();

    // https://docs.mistral.ai/api/ (default prefix https://api.mistral.ai/v1, Bearer)
    public static final Preset MISTRAL = Preset.builder("mistral", "Mistral", "https://api.mistral.ai/v1")
        .note(() -> I18n.t("prov_preset_mistral_note"))
        .docs("https://docs.mistral.ai/api/").build();

    // https://api-docs.deepseek.com/ (base https://api.deepseek.com; /v1 also accepted)
    public static final Preset DEEPSEEK = Preset.builder("deepseek", "DeepSeek", "https://api.deepseek.com")
        .note(() -> I18n.t("prov_preset_deepseek_note"))
        .docs("https://api-docs.deepseek.com/").build();

    // https://docs.fireworks.ai/tools-sdks/openai-compatibility (base https://api.fireworks.ai/inference/v1)
    public static final Preset FIREWORKS = Preset.builder("fireworks", "Fireworks AI", "https://api.fireworks.ai/inference/v1")
        .note(() -> I18n.t("prov_preset_fireworks_note"))
        .docs("https://docs.fireworks.ai/tools-sdks/openai-compatibility").build();

    // https://docs.x.ai/api/integrations
    public static final Preset XAI = Preset.builder("xai", "xAI (Grok)", "https://api.x.ai/v1")
        .note(() -> I18n.t("prov_preset_xai_note"))
        .docs("https://docs.x.ai/api/integrations").build();

    // https://docs.perplexity.ai/docs/sonar/openai-compatibility (base https://api.perplexity.ai, no /models)
    public static final Preset PERPLEXITY = Preset.builder("perplexity", "Perplexity", "https://api.perplexity.ai")
        .noModelsList()
        .note(() -> I18n.t("prov_preset_perplexity_note"))
        .docs("https://docs.perplexity.ai/docs/sonar/openai-compatibility").build();

    // https://ai.google.dev/gemini-api/docs/openai
    public static final Preset GEMINI = Preset.builder("gemini", "Google Gemini", "https://generativelanguage.googleapis.com/v1beta/openai")
        .note(() -> I18n.t("prov_preset_gemini_note"))
        .docs("https://ai.google.dev/gemini-api/docs/openai").build();

    // https://learn.microsoft.com/azure/ai-foundry/openai/api-version-lifecycle (v1 API: .../openai/v1/, api-key header)
    public static final Preset AZURE = Preset.builder("azure", "Azure OpenAI", "https://{resource}.openai.azure.com/openai/v1")
        .header("api-key").noModelsList()
        .note(() -> I18n.t("prov_preset_azure_note"))
        .docs("https://learn.microsoft.com/azure/ai-foundry/openai/api-version-lifecycle").build();

    // Older per-deployment style: POST .../openai/deployments/{deployment}/chat/completions?api-version=2024-10-21
    // (GA inference version; same version as Azure/azure-rest-api-specs stable/2024-10-21).
    public static final Preset AZURE_DEPLOYMENT = Preset.builder("azure-deployment", () -> I18n.t("prov_preset_azure_deployment_name"),
            "https://{resource}.openai.azure.com/openai/deployments/{deployment}")
        .header("api-key").noModelsList().query("api-version", "2024-10-21")
        .note(() -> I18n.t("prov_preset_azure_deployment_note"))
        .docs("https://learn.microsoft.com/azure/ai-foundry/openai/reference").build();

    // https://inference-docs.cerebras.ai/resources/openai
    public static final Preset CEREBRAS = Preset.builder("cerebras", "Cerebras", "https://api.cerebras.ai/v1")
        .note(() -> I18n.t("prov_preset_cerebras_note"))
        .docs("https://inference-docs.cerebras.ai/resources/openai").build();

    // https://deepinfra.com/docs/advanced/openai_api (base https://api.deepinfra.com/v1/openai, not /v1)
    public static final Preset DEEPINFRA = Preset.builder("deepinfra", "DeepInfra", "https://api.deepinfra.com/v1/openai")
        .note(() -> I18n.t("prov_preset_deepinfra_note"))
        .docs("https://deepinfra.com/docs/advanced/openai_api").build();

    // https://docs.ollama.com/api/openai-compatibility (http://localhost:11434/v1/, key ignored)
    public static final Preset OLLAMA = Preset.builder("ollama", "Ollama", "http://127.0.0.1:11434/v1")
        .noAuth().local().stripOrigin()
        .note(() -> I18n.t("prov_preset_ollama_note", I18n.extensionScheme()))
        .docs("https://docs.ollama.com/api/openai-compatibility").build();

    // https://lmstudio.ai/docs/api/openai-api (http://localhost:1234/v1)
    public static final Preset LM_STUDIO = Preset.builder("lmstudio", "LM Studio", "http://127.0.0.1:1234/v1")
        .noAuth().local()
        .note(() -> I18n.t("prov_preset_lmstudio_note"))
        .docs("https://lmstudio.ai/docs/api/openai-api").build();

    // https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md (llama-server, 127.0.0.1:8080)
    public static final Preset LLAMA_CPP = Preset.builder("llamacpp", () -> I18n.t("prov_preset_llamacpp_name"), "http://127.0.0.1:8080/v1")
        .noAuth().local()
        .note(() -> I18n.t("prov_preset_llamacpp_note"))
        .docs("https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md").build();

    // https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html (http://localhost:8000/v1)
    public static final Preset VLLM = Preset.builder("vllm", "vLLM", "http://127.0.0.1:8000/v1")
        .noAuth().local()
        .note(() -> I18n.t("prov_preset_vllm_note"))
        .docs("https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html").build();

    // https://localai.io/docs/basics/try/ (http://localhost:8080, OpenAI API under /v1)
    public static final Preset LOCALAI = Preset.builder("localai", "LocalAI", "http://127.0.0.1:8080/v1")
        .noAuth().local()
        .note(() -> I18n.t("prov_preset_localai_note"))
        .docs("https://localai.io/docs/basics/try/").build();

    // https://jan.ai/docs/local-api (http://127.0.0.1:1337/v1, API key required for every request)
    public static final Preset JAN = Preset.builder("jan", "Jan", "http://127.0.0.1:1337/v1")
        .local()
        .note(() -> I18n.t("prov_preset_jan_note"))
        .docs("https://jan.ai/docs/local-api").build();

    // https://docs.litellm.ai/docs/proxy_server (proxy on port 4000, base http://0.0.0.0:4000; /v1 paths also served)
    public static final Preset LITELLM = Preset.builder("litellm", () -> I18n.t("prov_preset_litellm_name"), "http://127.0.0.1:4000")
        .local().keyOptional()
        .note(() -> I18n.t("prov_preset_litellm_note"))
        .docs("https://docs.litellm.ai/docs/proxy_server").build();

    public static final Preset CUSTOM = Preset.builder("custom", () -> I18n.t("prov_preset_custom_name"), "")
        .keyOptional()
        .note(() -> I18n.t("prov_preset_custom_note"))
        .docs("https://platform.openai.com/docs/api-reference/chat").build();

    private static final List<Preset> ALL = Collections.unmodifiableList(Arrays.asList(
        OPENAI, OPENROUTER, GROQ, TOGETHER, MISTRAL, DEEPSEEK, FIREWORKS, XAI, PERPLEXITY, GEMINI, AZURE,
        AZURE_DEPLOYMENT, CEREBRAS, DEEPINFRA, OLLAMA, LM_STUDIO, LLAMA_CPP, VLLM, LOCALAI, JAN, LITELLM, CUSTOM));

    /** Every preset in the order the form lists them; Custom last. */
    public static List<Preset> all() { return ALL; }

    /** The preset with this id, or null. */
    public static Preset find(String id) {
        for (Preset p : ALL) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** The preset with this id, or {@link #CUSTOM} for null and unknown ids (e.g. from a newer version). */
    public static Preset byId(String id) {
        Preset p = find(id);
        return p == null ? CUSTOM : p;
    }

    /**
     * The best preset for a pasted URL, by host and then by port; {@link #CUSTOM} when nothing fits.
     * Accepts URLs without scheme and full endpoint URLs. Port 8080 is shared by llama.cpp and LocalAI
     * (both keyless, both under /v1); it maps to llama.cpp.
     */
    public static Preset guessFromUrl(String url) {
        if (url == null) {
            return CUSTOM;
        }
        String s = PastedText.trim(url);
        UrlParts u = UrlParts.parse(s.indexOf("://") > 0 ? s : "http://" + (s.startsWith("//") ? s.substring(2) : s));
        if (u == null || u.host().isEmpty()) {
            return CUSTOM;
        }
        String host = u.host();
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.endsWith(".openai.azure.com") || host.endsWith(".cognitiveservices.azure.com")) {
            return u.path().toLowerCase().contains("/deployments/") ? AZURE_DEPLOYMENT : AZURE;
        }
        switch (host) {
            case "api.openai.com": return OPENAI;
            case "openrouter.ai": return OPENROUTER;
            case "api.groq.com": return GROQ;
            case "api.together.ai":
            case "api.together.xyz": return TOGETHER;
            case "api.mistral.ai": return MISTRAL;
            case "api.deepseek.com": return DEEPSEEK;
            case "api.fireworks.ai": return FIREWORKS;
            case "api.x.ai": return XAI;
            case "api.perplexity.ai": return PERPLEXITY;
            case "generativelanguage.googleapis.com": return GEMINI;
            case "api.cerebras.ai": return CEREBRAS;
            case "api.deepinfra.com": return DEEPINFRA;
            default: break;
        }
        int port = u.port();
        if (port == 11434) {
            return OLLAMA; // nothing else uses Ollama's port, even on a remote machine
        }
        if (!LocalNetwork.isLocal(host)) {
            return CUSTOM; // ports like 8000 or 8080 say nothing about a public server
        }
        switch (port) {
            case 1234: return LM_STUDIO;
            case 8080: return LLAMA_CPP;
            case 8000: return VLLM;
            case 1337: return JAN;
            case 4000: return LITELLM;
            default: return CUSTOM;
        }
    }
}
