package dev.modeldeck.core.chat;

import dev.modeldeck.core.json.Json;

/** Token counts as the provider reported them; null fields were not reported. */
public final class Usage {
    public Long promptTokens;
    public Long completionTokens;
    public Long totalTokens;
    public Long reasoningTokens;
    public Long cachedTokens;
    /** Generation speed when the server states it (LM Studio stats, llama.cpp timings, Ollama durations). */
    public Double tokensPerSecond;

    /** Reads an OpenAI-style usage object (also Groq's x_groq.usage); null when {@code u} is not an object. */
    public static Usage fromOpenAi(Json u) {
        if (!u.isObject()) {
            return null;
        }
        Usage r = new Usage();
        r.promptTokens = count(u.get("prompt_tokens"));
        r.completionTokens = count(u.get("completion_tokens"));
        r.totalTokens = count(u.get("total_tokens"));
        r.reasoningTokens = count(u.path("completion_tokens_details", "reasoning_tokens"));
        r.cachedTokens = count(u.path("prompt_tokens_details", "cached_tokens"));
        return r;
    }

    static Long count(Json j) {
        Double d = j.num();
        return d == null || d < 0 ? null : (long) (double) d;
    }

    @Override public String toString() {
        return "prompt=" + promptTokens + " completion=" + completionTokens + " total=" + totalTokens
            + " reasoning=" + reasoningTokens + " cached=" + cachedTokens;
    }
}
