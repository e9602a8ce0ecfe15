package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CapabilityResolverTest {
    private static ModelInfo bare(String id) { return CapabilityResolver.resolve(ModelInfo.builder(id).build(), null); }

    private static ModelInfo fromFixture(String file, String id) throws Exception {
        return CapabilityResolver.resolve(ModelListParser.parse(Fixtures.text("models/" + file)).find(id), null);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "text-embedding-3-small, EMBEDDING",
        "nomic-embed-text:latest, EMBEDDING",
        "BAAI/bge-large-en-v1.5, EMBEDDING",
        "whisper-1, AUDIO",
        "distil-whisper-large-v3-en, AUDIO",
        "tts-1-hd, AUDIO",
        "gpt-4o-mini-tts, AUDIO",
        "gpt-4o-audio-preview, AUDIO",
        "gpt-4o-realtime-preview, AUDIO",
        "gpt-4o-transcribe, AUDIO",
        "dall-e-3, IMAGE",
        "gpt-image-1, IMAGE",
        "black-forest-labs/FLUX.1-schnell, IMAGE",
        "omni-moderation-latest, MODERATION",
        "meta-llama/Llama-Guard-3-8B, MODERATION",
        "llama-guard-3-8b, MODERATION",
        "rerank-english-v3.0, RERANK",
        "BAAI/bge-reranker-v2-m3, RERANK",
        "gpt-4o, CHAT",
        "gpt-3.5-turbo-instruct, OTHER",
        "mattsmodel-7b, UNKNOWN",
        "model-id-0, UNKNOWN"
    })
    void typeIsGuessedFromTheIdWhenTheProviderIsSilent(String id, ModelType expected) {
        ModelInfo m = bare(id);
        assertEquals(expected, m.type().valueOr(ModelType.UNKNOWN), id);
        assertEquals(expected == ModelType.UNKNOWN ? CapabilitySource.UNKNOWN : CapabilitySource.BUILTIN, m.type().source());
    }

    @ParameterizedTest(name = "{0}: ctx {1}, out {2}")
    @CsvSource({
        "gpt-4o, 128000, 16384, true, true, false",
        "gpt-4o-mini-2024-07-18, 128000, 16384, true, true, false",
        "gpt-4.1-nano, 1047576, 32768, true, true, false",
        "o1-mini, 128000, 65536, false, false, true",
        "o3-mini, 200000, 100000, false, true, true",
        "o4-mini, 200000, 100000, true, true, true",
        "openai/o3, 200000, 100000, true, true, true",
        "gpt-3.5-turbo, 16385, 4096, false, true, false",
        "claude-3-5-sonnet-20241022, 200000, 8192, true, true, false",
        "claude-sonnet-4-20250514, 200000, 64000, true, true, true",
        "gemini-1.5-pro, 2097152, 8192, true, true, false",
        "gemini-2.5-flash, 1048576, 65536, true, true, true",
        "deepseek-reasoner, 128000, 65536, false, , true",
        "deepseek-chat, 128000, 8192, false, true, false"
    })
    void wellKnownHostedModelsGetBuiltinLimits(String id, Long ctx, Long out, Boolean vision, Boolean tools, Boolean reasoning) {
        ModelInfo m = bare(id);
        assertEquals(Sourced.builtin(ctx), m.contextLength(), id);
        assertEquals(Sourced.builtin(out), m.maxOutput(), id);
        assertEquals(Sourced.builtin(vision), m.vision(), id);
        assertEquals(Sourced.builtin(tools), m.tools(), id);
        assertEquals(Sourced.builtin(reasoning), m.reasoning(), id);
        assertEquals(ModelType.CHAT, m.type().value());
    }

    @ParameterizedTest(name = "{0}: ctx {1}")
    @CsvSource({
        "llama3-8b-8192, 8192",
        "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo, 131072",
        "llama-3.3-70b-versatile, 131072",
        "llama3.2:latest, 131072",
        "mistralai/Mixtral-8x7B-Instruct-v0.1, 32768",
        "mixtral-8x22b-instruct, 65536",
        "Qwen/Qwen2.5-72B-Instruct, 32768",
        "gemma2-9b-it, 8192",
        "gemma3:27b, 131072",
        "codellama:34b, 16384"
    })
    void openWeightFamiliesMatchInsidePathsAndTags(String id, long ctx) {
        ModelInfo m = bare(id);
        assertEquals(Sourced.builtin(ctx), m.contextLength(), id);
        assertEquals(ModelType.CHAT, m.type().value(), id);
    }

    @Test
    void visionIsGuessedFromVisionWordsInIds() {
        assertEquals(Sourced.builtin(true), bare("llama-3.2-11b-vision-preview").vision());
        assertEquals(Sourced.builtin(true), bare("Qwen/Qwen2.5-VL-72B-Instruct").vision());
        assertEquals(Sourced.builtin(true), bare("llava:13b").vision());
    }

    @Test
    void providerValuesBeatBuiltinOnes() throws Exception {
        ModelInfo groqLlama = fromFixture("groq-models.json", "llama3-70b-8192");
        assertEquals(Sourced.provider(8192L), groqLlama.contextLength());
        ModelInfo nemo = fromFixture("mistral-models.json", "open-mistral-nemo");
        assertEquals(Sourced.provider(false), nemo.vision());
        assertEquals(Sourced.provider(true), nemo.tools());
        // The provider says chat; the id's "audio" words must not override it.
        ModelInfo voxtral = fromFixture("mistral-models.json", "voxtral-mini-2507");
        assertEquals(Sourced.provider(ModelType.CHAT), voxtral.type());
    }

    @Test
    void builtinFillsGapsTheProviderLeft() throws Exception {
        ModelInfo groqLlama = fromFixture("groq-models.json", "llama-3.1-8b-instant");
        assertEquals(Sourced.builtin(true), groqLlama.tools());
        assertEquals(Sourced.builtin(ModelType.CHAT), groqLlama.type());
        ModelInfo r1 = fromFixture("ollama-api-tags.json", "deepseek-r1:latest");
        assertEquals(Sourced.builtin(true), r1.reasoning());
    }

    @Test
    void baseModelIsUsedWhenTheIdIsADeploymentName() {
        ModelInfo deployment = ModelInfo.builder("my-prod-deployment").baseModel("gpt-4o-mini").build();
        ModelInfo m = CapabilityResolver.resolve(deployment, null);
        assertEquals(Sourced.builtin(128_000L), m.contextLength());
        ModelInfo embeddingDeployment = ModelInfo.builder("search").baseModel("text-embedding-3-large").build();
        assertEquals(ModelType.EMBEDDING, CapabilityResolver.resolve(embeddingDeployment, null).type().value());
    }

    @Test
    void ollamaBertFamilyMeansEmbedding() {
        ModelInfo m = ModelInfo.builder("mxbai-large:latest").family("bert").build();
        assertEquals(Sourced.builtin(ModelType.EMBEDDING), CapabilityResolver.resolve(m, null).type());
    }

    @Test
    void userOverridesWinAndAreMarkedAsTheUsers() throws Exception {
        CustomModel user = new CustomModel("llama-3.1-8b-instant");
        user.contextLength = 4096L;
        user.vision = true;
        user.streaming = false;
        user.type = "embedding";
        ModelInfo m = CapabilityResolver.resolve(ModelListParser.parse(Fixtures.text("models/groq-models.json")).find("llama-3.1-8b-instant"), user);
        assertEquals(Sourced.user(4096L), m.contextLength());
        assertEquals(Sourced.user(true), m.vision());
        assertEquals(Sourced.user(false), m.streaming());
        assertEquals(Sourced.user(ModelType.EMBEDDING), m.type());
        assertEquals(Sourced.builtin(true), m.tools(), "unset user fields fall through");
    }

    @Test
    void userTypeWordThatMeansNothingIsIgnored() {
        CustomModel user = new CustomModel("gpt-4o");
        user.type = "banana";
        user.contextLength = 0L;
        ModelInfo m = CapabilityResolver.resolve(ModelInfo.builder("gpt-4o").build(), user);
        assertEquals(Sourced.builtin(ModelType.CHAT), m.type());
        assertEquals(Sourced.builtin(128_000L), m.contextLength());
    }

    @Test
    void chatModelsAreAssumedToStreamButOthersAreNot() {
        assertEquals(Sourced.builtin(true), bare("gpt-4o").streaming());
        assertFalse(bare("text-embedding-3-small").streaming().isKnown());
        assertFalse(bare("model-id-0").streaming().isKnown());
    }

    @Test
    void pricingIsOnlyEverFromTheProvider() {
        assertFalse(bare("gpt-4o").pricing().isKnown());
    }

    @Test
    void capabilityTextShowsSizeAndSource() {
        assertEquals("128k (provider)", CapabilityText.tokensWithSource(Sourced.provider(131072L)));
        assertEquals("128k (built-in)", CapabilityText.tokensWithSource(Sourced.builtin(128000L)));
        assertEquals("1M", CapabilityText.tokens(1_048_576L));
        assertEquals("2M", CapabilityText.tokens(2_097_152L));
        assertEquals("1M", CapabilityText.tokens(1_047_576L));
        assertEquals("1.5M", CapabilityText.tokens(1_500_000L));
        assertEquals("8k", CapabilityText.tokens(8192L));
        assertEquals("448", CapabilityText.tokens(448L));
        assertEquals("unknown", CapabilityText.tokensWithSource(Sourced.<Long>unknown()));
    }
}
