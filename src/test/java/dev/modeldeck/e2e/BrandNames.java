package dev.modeldeck.e2e;

import java.util.List;

/** Product names the pages show untranslated (preset names); any words around them must come from the catalog. */
final class BrandNames {
    static final List<String> ALL = List.of("OpenAI", "OpenRouter", "Groq", "Together AI", "Mistral", "DeepSeek",
        "Fireworks AI", "xAI", "Grok", "Perplexity", "Google Gemini", "Azure OpenAI", "Cerebras", "DeepInfra", "Ollama",
        "LM Studio", "llama.cpp", "vLLM", "LocalAI", "Jan", "LiteLLM", "ModelDeck");

    private BrandNames() { }
}
