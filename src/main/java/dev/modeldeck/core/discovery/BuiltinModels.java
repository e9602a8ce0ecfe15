package dev.modeldeck.core.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * What ModelDeck knows about well-known model ids, used where a provider's list is silent. Matched
 * in order, most specific first, on ids squashed by {@link IdWords#squash} ("Meta-Llama-3.1-8B" →
 * "metallama3.18b"): PREFIX entries match the start of the id's last path segment (hosted names such
 * as "gpt-4o"), CONTAINS entries match anywhere (open-weight families inside paths and file names).
 */
public final class BuiltinModels {
    /** One row of the table; null fields mean "the table does not say". */
    public static final class Entry {
        final String pattern;
        final boolean prefix;
        public final ModelType type;
        public final Long contextLength;
        public final Long maxOutput;
        public final Boolean vision;
        public final Boolean tools;
        public final Boolean reasoning;

        Entry(String pattern, boolean prefix, ModelType type, Long ctx, Long out, Boolean vision, Boolean tools, Boolean reasoning) {
            this.pattern = IdWords.squash(pattern);
            this.prefix = prefix;
            this.type = type;
            this.contextLength = ctx;
            this.maxOutput = out;
            this.vision = vision;
            this.tools = tools;
            this.reasoning = reasoning;
        }

        public String pattern() { return pattern; }
    }

    private static final Boolean Y = Boolean.TRUE;
    private static final Boolean N = Boolean.FALSE;
    private static final List<Entry> TABLE = new ArrayList<>();

    static {
        ModelType chat = ModelType.CHAT;
        // OpenAI, most specific first.
        p("gpt-4o-mini", chat, 128_000L, 16_384L, Y, Y, N);
        p("gpt-4o", chat, 128_000L, 16_384L, Y, Y, N);
        p("gpt-4.1", chat, 1_047_576L, 32_768L, Y, Y, N);
        p("gpt-4-turbo", chat, 128_000L, 4_096L, Y, Y, N);
        p("gpt-4", chat, 8_192L, 8_192L, N, Y, N);
        p("gpt-5", chat, 400_000L, 128_000L, Y, Y, Y);
        p("gpt-3.5-turbo-instruct", ModelType.OTHER, 4_096L, 4_096L, N, N, N);
        p("gpt-3.5-turbo", chat, 16_385L, 4_096L, N, Y, N);
        p("gpt-oss", chat, 131_072L, null, N, Y, Y);
        p("o1-mini", chat, 128_000L, 65_536L, N, N, Y);
        p("o1-preview", chat, 128_000L, 32_768L, N, N, Y);
        p("o1", chat, 200_000L, 100_000L, Y, Y, Y);
        p("o3-mini", chat, 200_000L, 100_000L, N, Y, Y);
        p("o3", chat, 200_000L, 100_000L, Y, Y, Y);
        p("o4-mini", chat, 200_000L, 100_000L, Y, Y, Y);
        p("text-embedding", ModelType.EMBEDDING, 8_191L, null, N, N, N);
        p("whisper", ModelType.AUDIO, null, null, N, N, N);
        p("tts", ModelType.AUDIO, null, null, N, N, N);
        p("dall-e", ModelType.IMAGE, null, null, N, N, N);
        p("davinci-002", ModelType.OTHER, 16_384L, null, N, N, N);
        p("babbage-002", ModelType.OTHER, 16_384L, null, N, N, N);
        // Anthropic.
        p("claude-3-haiku", chat, 200_000L, 4_096L, Y, Y, N);
        p("claude-3-opus", chat, 200_000L, 4_096L, Y, Y, N);
        p("claude-3-5-haiku", chat, 200_000L, 8_192L, null, Y, N);
        p("claude-3-5", chat, 200_000L, 8_192L, Y, Y, N);
        p("claude-3-7", chat, 200_000L, 64_000L, Y, Y, Y);
        p("claude-opus-4", chat, 200_000L, 32_000L, Y, Y, Y);
        p("claude-sonnet-4", chat, 200_000L, 64_000L, Y, Y, Y);
        p("claude-haiku-4", chat, 200_000L, 64_000L, Y, Y, Y);
        p("claude", chat, 200_000L, null, Y, Y, null);
        // Google.
        p("gemini-2.5-pro", chat, 1_048_576L, 65_536L, Y, Y, Y);
        p("gemini-2.5-flash", chat, 1_048_576L, 65_536L, Y, Y, Y);
        p("gemini-2.0-flash", chat, 1_048_576L, 8_192L, Y, Y, N);
        p("gemini-1.5-pro", chat, 2_097_152L, 8_192L, Y, Y, N);
        p("gemini-1.5-flash", chat, 1_048_576L, 8_192L, Y, Y, N);
        p("gemini", chat, null, null, Y, Y, null);
        // DeepSeek.
        p("deepseek-reasoner", chat, 128_000L, 65_536L, N, null, Y);
        p("deepseek-chat", chat, 128_000L, 8_192L, N, Y, N);
        c("deepseek-r1", chat, null, null, N, null, Y);
        c("deepseek-v3", chat, null, null, N, Y, N);
        // Mistral.
        p("mistral-large", chat, 131_072L, null, N, Y, N);
        p("mistral-medium", chat, 131_072L, null, Y, Y, N);
        p("mistral-small", chat, 131_072L, null, null, Y, N);
        p("pixtral", chat, 131_072L, null, Y, Y, N);
        p("codestral", chat, 256_000L, null, N, Y, N);
        p("ministral", chat, 131_072L, null, N, Y, N);
        c("mistral-nemo", chat, 131_072L, null, N, Y, N);
        c("mixtral-8x22b", chat, 65_536L, null, N, Y, N);
        c("mixtral", chat, 32_768L, null, N, Y, N);
        c("mistral", chat, 32_768L, null, null, null, N);
        // Meta Llama.
        c("codellama", chat, 16_384L, null, N, N, N);
        c("llama-4", chat, null, null, Y, Y, N);
        c("llama-3.3", chat, 131_072L, null, N, Y, N);
        c("llama-3.2", chat, 131_072L, null, null, Y, N);
        c("llama-3.1", chat, 131_072L, null, N, Y, N);
        c("llama-3", chat, 8_192L, null, N, null, N);
        c("llama-2", chat, 4_096L, null, N, N, N);
        c("llava", chat, null, null, Y, N, N);
        // Qwen and Gemma.
        c("qwq", chat, 32_768L, null, N, Y, Y);
        c("qvq", chat, 32_768L, null, Y, N, Y);
        c("qwen3", chat, null, null, null, Y, Y);
        c("qwen2.5-vl", chat, 32_768L, null, Y, null, N);
        c("qwen2-vl", chat, 32_768L, null, Y, null, N);
        c("qwen2.5", chat, 32_768L, null, N, Y, N);
        c("qwen2", chat, 32_768L, null, N, null, N);
        c("gemma-3", chat, 131_072L, null, Y, null, N);
        c("gemma-2", chat, 8_192L, null, N, null, N);
        c("gemma", chat, 8_192L, null, N, null, N);
        p("command-r", chat, 128_000L, 4_096L, N, Y, N);
    }

    private BuiltinModels() { }

    private static void p(String pattern, ModelType t, Long ctx, Long out, Boolean v, Boolean tools, Boolean r) {
        TABLE.add(new Entry(pattern, true, t, ctx, out, v, tools, r));
    }

    private static void c(String pattern, ModelType t, Long ctx, Long out, Boolean v, Boolean tools, Boolean r) {
        TABLE.add(new Entry(pattern, false, t, ctx, out, v, tools, r));
    }

    /** The first entry matching {@code id}, or null. */
    public static Entry lookup(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        String whole = IdWords.squash(id);
        String last = IdWords.squash(IdWords.lastSegment(id));
        for (Entry e : TABLE) {
            if (e.prefix ? last.startsWith(e.pattern) : whole.contains(e.pattern)) {
                return e;
            }
        }
        return null;
    }
}
