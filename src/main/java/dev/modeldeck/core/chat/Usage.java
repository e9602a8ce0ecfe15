package dev.modeldeck.core.chat;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.Numbers;

/** Token counts as the provider reported them; null fields were not reported or were impossible. */
public final class Usage {
    /** No reply or prompt counts more tokens; a larger "count" is noise (or hostile) and is ignored. */
    static final long MAX_TOKENS = 1_000_000_000_000L;
    /** Fastest believable generation speed, tokens per second. */
    static final double MAX_TOKENS_PER_SECOND = 10_000_000d;

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

    /** A token count from the provider: a whole number from 0 to {@link #MAX_TOKENS}, else null. */
    static Long count(Json j) { return Numbers.inRange(j, 0, MAX_TOKENS); }

    /** A speed the provider stated or we computed: positive and believable, else null. */
    static Double speed(double tokensPerSecond) {
        return tokensPerSecond > 0 && tokensPerSecond <= MAX_TOKENS_PER_SECOND ? tokensPerSecond : null;
    }

    @Override public String toString() {
        return "prompt=" + promptTokens + " completion=" + completionTokens + " total=" + totalTokens
            + " reasoning=" + reasoningTokens + " cached=" + cachedTokens;
    }
}
