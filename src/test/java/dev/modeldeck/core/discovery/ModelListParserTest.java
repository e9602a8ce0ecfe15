package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelListParserTest {
    private static List<String> ids(ModelList l) {
        List<String> out = new ArrayList<>();
        for (ModelInfo m : l.models()) {
            out.add(m.id());
        }
        return out;
    }

    private static NetException protocolFailure(String body, String contentType, List<String> secrets) {
        NetException e = assertThrows(NetException.class, () -> ModelListParser.parse(body, contentType, secrets));
        assertEquals(NetException.Kind.PROTOCOL, e.kind(), e.getMessage());
        return e;
    }

    // ---- every fixture shape ----

    @Test
    void openAiListShapeKeepsOrderAndOwner() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/openai.json"));
        assertEquals(Arrays.asList("model-id-0", "model-id-1", "model-id-2"), ids(l));
        assertEquals("openai", l.models().get(2).ownedBy());
        assertEquals(Long.valueOf(1686935002L), l.models().get(0).created());
        assertTrue(l.notes().isEmpty(), l.notes().toString());
        assertFalse(l.providerReturnedNone());
    }

    @Test
    void groqContextWindowIsReadAsProviderContext() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/groq-models.json"));
        assertEquals(8, l.models().size());
        ModelInfo instant = l.find("llama-3.1-8b-instant");
        assertEquals(Sourced.provider(131072L), instant.contextLength());
        assertEquals(Sourced.provider(448L), l.find("whisper-large-v3").contextLength());
        assertEquals("Meta", instant.ownedBy());
    }

    @Test
    void mistralCapabilitiesDecideTypeVisionAndTools() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/mistral-models.json"));
        assertEquals(6, l.models().size());
        ModelInfo medium = l.find("mistral-medium-latest");
        assertEquals(Sourced.provider(ModelType.CHAT), medium.type());
        assertEquals(Sourced.provider(true), medium.vision());
        assertEquals(Sourced.provider(true), medium.tools());
        assertEquals(Sourced.provider(131072L), medium.contextLength());
        assertEquals(Sourced.provider(false), l.find("open-mistral-nemo").vision());
        assertEquals(Sourced.provider(ModelType.CHAT), l.find("voxtral-mini-2507").type());
        assertEquals(Sourced.provider(ModelType.OTHER), l.find("mistral-ocr-2512").type());
        assertEquals(Sourced.provider(ModelType.MODERATION), l.find("mistral-moderation-latest").type());
    }

    @Test
    void mistralVersionNameBecomesDisplayNameOnlyWhenItDiffersFromId() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/mistral-models.json"));
        assertEquals("mistral-medium-2508", l.find("mistral-medium-latest").displayName());
        assertNull(l.find("open-mistral-nemo").displayName());
    }

    @Test
    void deepseekAndCerebrasPlainListsParse() throws Exception {
        assertEquals(Arrays.asList("deepseek-chat", "deepseek-reasoner"), ids(ModelListParser.parse(Fixtures.text("models/deepseek-models.json"))));
        assertEquals(Arrays.asList("llama3.1-8b", "gpt-oss-120b"), ids(ModelListParser.parse(Fixtures.text("models/cerebras-models.json"))));
    }

    @Test
    void llamaCppTrainingContextIsTheContextLength() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/llamacpp-v1-models.json"));
        ModelInfo m = l.models().get(0);
        assertEquals("../models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", m.id());
        assertEquals(Sourced.provider(131072L), m.contextLength());
        assertEquals("llamacpp", m.ownedBy());
    }

    @Test
    void lmStudioTypesStateAndContextAreRead() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/lmstudio-api-v0.json"));
        ModelInfo vlm = l.find("qwen2-vl-7b-instruct");
        assertEquals(Sourced.provider(ModelType.CHAT), vlm.type());
        assertEquals(Sourced.provider(true), vlm.vision());
        assertEquals(Sourced.provider(32768L), vlm.contextLength());
        assertEquals("not-loaded", vlm.state());
        assertEquals("mlx-community", vlm.ownedBy());
        assertEquals(Sourced.provider(ModelType.CHAT), l.find("meta-llama-3.1-8b-instruct").type());
        assertEquals(Sourced.provider(ModelType.EMBEDDING), l.find("text-embedding-nomic-embed-text-v1.5").type());
    }

    @Test
    void ollamaTagsUseNameAndFamily() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/ollama-api-tags.json"));
        assertEquals(Arrays.asList("deepseek-r1:latest", "llama3.2:latest"), ids(l));
        assertEquals("qwen2", l.models().get(0).family());
        assertNull(l.models().get(0).baseModel(), "model equal to name is not a base model");
    }

    @Test
    void openRouterEntryGivesModalityLimitsAndPerTokenPricing() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/openrouter-data-array-2024.json"));
        ModelInfo m = l.find("mattshumer/reflection-70b:free");
        assertEquals("Reflection 70B (free)", m.displayName());
        assertEquals(Sourced.provider(131072L), m.contextLength());
        assertEquals(Sourced.provider(4096L), m.maxOutput());
        assertEquals(Sourced.provider(ModelType.CHAT), m.type());
        assertEquals(Sourced.provider(false), m.vision());
        assertTrue(m.pricing().value().isFree());
        assertEquals(CapabilitySource.PROVIDER, m.pricing().source());
    }

    @Test
    void togetherBareArrayPricesArePerMillion() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/together-models.json"));
        ModelInfo m = l.find("Austism/chronos-hermes-13b");
        assertEquals(Sourced.provider(ModelType.CHAT), m.type());
        assertEquals(Sourced.provider(2048L), m.contextLength());
        assertEquals(0.3, m.pricing().value().promptPerMillion(), 1e-9);
        assertEquals(0.3, m.pricing().value().completionPerMillion(), 1e-9);
        assertEquals("Chronos Hermes (13B)", m.displayName());
        assertEquals("Austism", m.ownedBy());
    }

    @Test
    void togetherLegacyShapeUsesNameAsIdAndIgnoresUnknownPriceUnits() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/together-legacy-models-info.json"));
        assertEquals(Arrays.asList("Austism/chronos-hermes-13b", "BAAI/bge-base-en-v1.5"), ids(l));
        assertEquals(Sourced.provider(ModelType.CHAT), l.models().get(0).type());
        assertEquals(Sourced.provider(ModelType.EMBEDDING), l.models().get(1).type());
        assertFalse(l.models().get(0).pricing().isKnown());
        assertTrue(l.notes().toString().contains("older Together format"), l.notes().toString());
    }

    @Test
    void azureCapabilitiesMarkCompletionOnlyModelsAsNotChat() throws Exception {
        ModelList l = ModelListParser.parse(Fixtures.text("models/azure-models.json"));
        assertEquals(2, l.models().size());
        assertEquals(Sourced.provider(ModelType.OTHER), l.find("curie").type());
        ModelInfo ft = l.find("curie.ft-72a2792ef7d24ba7b82c7fe4a37e379f");
        assertEquals("curie", ft.baseModel());
        assertEquals(Long.valueOf(1646126127L), ft.created());
    }

    @Test
    void azureChatAndEmbeddingCapabilitiesAreRead() throws Exception {
        String body = "{\"data\":[{\"id\":\"gpt-4o\",\"capabilities\":{\"chat_completion\":true,\"embeddings\":false}},"
                + "{\"id\":\"ada\",\"capabilities\":{\"chat_completion\":false,\"embeddings\":true}}]}";
        ModelList l = ModelListParser.parse(body);
        assertEquals(Sourced.provider(ModelType.CHAT), l.find("gpt-4o").type());
        assertEquals(Sourced.provider(ModelType.EMBEDDING), l.find("ada").type());
    }

    // ---- other real shapes ----

    @Test
    void geminiNativeListStripsPrefixButKeepsTheRequestId() throws Exception {
        String body = "{\"models\":[{\"name\":\"models/gemini-1.5-pro\",\"displayName\":\"Gemini 1.5 Pro\","
                + "\"inputTokenLimit\":2000000,\"outputTokenLimit\":8192,\"supportedGenerationMethods\":[\"generateContent\",\"countTokens\"]},"
                + "{\"name\":\"models/text-embedding-004\",\"supportedGenerationMethods\":[\"embedContent\"]}]}";
        ModelList l = ModelListParser.parse(body);
        ModelInfo pro = l.find("gemini-1.5-pro");
        assertEquals("models/gemini-1.5-pro", pro.requestId());
        assertEquals("Gemini 1.5 Pro", pro.displayName());
        assertEquals(Sourced.provider(2_000_000L), pro.contextLength());
        assertEquals(Sourced.provider(8192L), pro.maxOutput());
        assertEquals(Sourced.provider(ModelType.CHAT), pro.type());
        assertEquals(Sourced.provider(ModelType.EMBEDDING), l.find("text-embedding-004").type());
        assertTrue(l.notes().toString().contains("\"models/\" prefix"), l.notes().toString());
    }

    @Test
    void geminiOpenAiCompatibleListStripsPrefixToo() throws Exception {
        ModelList l = ModelListParser.parse("{\"object\":\"list\",\"data\":[{\"id\":\"models/gemini-2.0-flash\",\"object\":\"model\",\"owned_by\":\"google\"}]}");
        assertEquals("gemini-2.0-flash", l.models().get(0).id());
        assertEquals("models/gemini-2.0-flash", l.models().get(0).requestId());
    }

    @Test
    void plainIdsKeepRequestIdEqualToId() throws Exception {
        ModelInfo m = ModelListParser.parse(Fixtures.text("models/openai.json")).models().get(0);
        assertEquals(m.id(), m.requestId());
    }

    @Test
    void llamaCppWithBothDataAndModelsListsMergesWithoutCallingThemDuplicates() throws Exception {
        String body = "{\"models\":[{\"name\":\"qwen.gguf\",\"model\":\"qwen.gguf\",\"capabilities\":[\"completion\"]}],"
                + "\"object\":\"list\",\"data\":[{\"id\":\"qwen.gguf\",\"object\":\"model\",\"meta\":{\"n_ctx_train\":\"32768\"}}]}";
        ModelList l = ModelListParser.parse(body);
        assertEquals(1, l.models().size());
        ModelInfo m = l.models().get(0);
        assertEquals(Sourced.provider(32768L), m.contextLength(), "from data");
        assertEquals(Sourced.provider(ModelType.CHAT), m.type(), "filled from models");
        assertEquals(0, l.duplicatesMerged());
        assertTrue(l.notes().toString().contains("both"), l.notes().toString());
    }

    @Test
    void vllmMaxModelLenAndRootAreRead() throws Exception {
        ModelList l = ModelListParser.parse("{\"object\":\"list\",\"data\":[{\"id\":\"my-lora\",\"object\":\"model\","
                + "\"owned_by\":\"vllm\",\"root\":\"meta-llama/Llama-3.1-8B-Instruct\",\"max_model_len\":65536}]}");
        ModelInfo m = l.models().get(0);
        assertEquals(Sourced.provider(65536L), m.contextLength());
        assertEquals("meta-llama/Llama-3.1-8B-Instruct", m.baseModel());
    }

    @Test
    void openRouterCurrentShapeReadsModalitiesAndSupportedParameters() throws Exception {
        String body = "{\"data\":[{\"id\":\"openai/gpt-4o\",\"context_length\":128000,"
                + "\"architecture\":{\"modality\":\"text+image->text\",\"input_modalities\":[\"text\",\"image\"],\"output_modalities\":[\"text\"]},"
                + "\"pricing\":{\"prompt\":\"0.0000025\",\"completion\":\"0.00001\"},"
                + "\"top_provider\":{\"max_completion_tokens\":16384},"
                + "\"supported_parameters\":[\"tools\",\"tool_choice\",\"max_tokens\"]},"
                + "{\"id\":\"deepseek/deepseek-r1\",\"architecture\":{\"modality\":\"text->text\"},"
                + "\"supported_parameters\":[\"reasoning\",\"include_reasoning\"]},"
                + "{\"id\":\"openai/dall-e-3\",\"architecture\":{\"modality\":\"text->image\"}},"
                + "{\"id\":\"openrouter/auto\",\"pricing\":{\"prompt\":\"-1\",\"completion\":\"-1\"}}]}";
        ModelList l = ModelListParser.parse(body);
        ModelInfo gpt = l.find("openai/gpt-4o");
        assertEquals(Sourced.provider(true), gpt.vision());
        assertEquals(Sourced.provider(true), gpt.tools());
        assertEquals(Sourced.provider(false), gpt.reasoning());
        assertEquals(Sourced.provider(16384L), gpt.maxOutput());
        assertEquals(2.5, gpt.pricing().value().promptPerMillion(), 1e-9);
        assertEquals(10.0, gpt.pricing().value().completionPerMillion(), 1e-9);
        ModelInfo r1 = l.find("deepseek/deepseek-r1");
        assertEquals(Sourced.provider(true), r1.reasoning());
        assertEquals(Sourced.provider(false), r1.tools());
        assertEquals(Sourced.provider(ModelType.IMAGE), l.find("openai/dall-e-3").type());
        assertFalse(l.find("openrouter/auto").pricing().isKnown(), "-1 means variable, not a price");
    }

    @Test
    void groqMaxCompletionTokensIsMaxOutput() throws Exception {
        ModelList l = ModelListParser.parse("{\"data\":[{\"id\":\"llama-3.3-70b-versatile\",\"context_window\":131072,\"max_completion_tokens\":32768}]}");
        assertEquals(Sourced.provider(32768L), l.models().get(0).maxOutput());
    }

    @Test
    void cloudflareResultListIsAccepted() throws Exception {
        ModelList l = ModelListParser.parse("{\"success\":true,\"result\":[{\"name\":\"@cf/meta/llama-3.1-8b-instruct\"}]}");
        assertEquals("@cf/meta/llama-3.1-8b-instruct", l.models().get(0).id());
    }

    @Test
    void entriesThatArePlainStringsBecomeModels() throws Exception {
        assertEquals(Arrays.asList("gpt-4o", "llama3"), ids(ModelListParser.parse("[\"gpt-4o\", \" llama3 \"]")));
        assertEquals(Arrays.asList("a", "b"), ids(ModelListParser.parse("{\"data\":[\"a\",{\"id\":\"b\"}]}")));
    }

    @Test
    void entriesWithoutIdAreSkippedAndCounted() throws Exception {
        ModelList l = ModelListParser.parse("{\"data\":[{\"id\":\"a\"},{\"object\":\"model\"},{\"id\":\"\"},null,42,[],{\"id\":\"b\"}]}");
        assertEquals(Arrays.asList("a", "b"), ids(l));
        assertEquals(5, l.skippedWithoutId());
        assertTrue(l.notes().toString().contains("5 entries without a model id were skipped"), l.notes().toString());
    }

    @Test
    void duplicateIdsMergeKeepingTheFirstValues() throws Exception {
        ModelList l = ModelListParser.parse("{\"data\":[{\"id\":\"m\",\"context_length\":4096},"
                + "{\"id\":\"x\"},{\"id\":\"m\",\"context_length\":8192,\"owned_by\":\"later\"}]}");
        assertEquals(Arrays.asList("m", "x"), ids(l));
        assertEquals(Sourced.provider(4096L), l.find("m").contextLength(), "first wins");
        assertEquals("later", l.find("m").ownedBy(), "gaps filled from the duplicate");
        assertEquals(1, l.duplicatesMerged());
        assertTrue(l.notes().toString().contains("1 duplicate entry"), l.notes().toString());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        ModelList l = ModelListParser.parse("{\"data\":[{\"id\":\"m\",\"weird\":{\"deep\":[1,2,{\"x\":null}]},\"context_length\":{\"not\":\"a number\"}}],\"extra\":true}");
        assertEquals(1, l.models().size());
        assertFalse(l.models().get(0).contextLength().isKnown());
    }

    @Test
    void numbersGivenAsStringsAreRead() throws Exception {
        ModelInfo m = ModelListParser.parse("{\"data\":[{\"id\":\"m\",\"created\":\"1700000000\",\"context_length\":\" 32768 \","
                + "\"max_completion_tokens\":\"4096\",\"pricing\":{\"prompt\":\"0.000001\",\"completion\":\"0.000002\"}}]}").models().get(0);
        assertEquals(Long.valueOf(1_700_000_000L), m.created());
        assertEquals(Sourced.provider(32768L), m.contextLength());
        assertEquals(Sourced.provider(4096L), m.maxOutput());
        assertEquals(1.0, m.pricing().value().promptPerMillion(), 1e-9);
    }

    @Test
    void numericIdsAreReadAsText() throws Exception {
        assertEquals(Arrays.asList("7"), ids(ModelListParser.parse("{\"data\":[{\"id\":7}]}")));
    }

    @Test
    void zeroOrNegativeLimitsAreNotCapabilities() throws Exception {
        ModelInfo m = ModelListParser.parse("{\"data\":[{\"id\":\"m\",\"context_length\":0,\"context_window\":-5}]}").models().get(0);
        assertFalse(m.contextLength().isKnown());
    }

    // ---- empty and failing answers ----

    @Test
    void emptyListIsFlaggedNotThrown() throws Exception {
        for (String body : new String[] {"{\"object\":\"list\",\"data\":[]}", "[]", "{\"models\":[]}", "{\"data\":null}"}) {
            ModelList l = ModelListParser.parse(body);
            assertTrue(l.providerReturnedNone(), body);
            assertTrue(l.notes().contains("The provider returned no models."), body + " " + l.notes());
        }
    }

    @Test
    void listWhoseEntriesAllLackIdsIsFlaggedEmptyWithTheCount() throws Exception {
        ModelList l = ModelListParser.parse("{\"data\":[{\"object\":\"model\"},{}]}");
        assertTrue(l.providerReturnedNone());
        assertEquals(2, l.skippedWithoutId());
    }

    @Test
    void htmlErrorPageIsAProtocolErrorWithItsTextAsSnippet() {
        String html = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>\n"
                + "<body><h1>502   Bad\n\nGateway</h1><p>cloudflare &amp; friends</p></body></html>";
        NetException e = protocolFailure(html, "text/html; charset=utf-8", Collections.emptyList());
        assertTrue(e.getMessage().contains("web page"), e.getMessage());
        assertTrue(e.getMessage().contains("502 Bad Gateway 502 Bad Gateway cloudflare & friends"), e.getMessage());
        assertFalse(e.getMessage().contains("<"), e.getMessage());
        assertFalse(e.getMessage().contains("color:red"), e.getMessage());
    }

    @Test
    void htmlWithoutContentTypeIsStillRecognised() {
        NetException e = protocolFailure("  <html><body>Login required</body></html>", null, Collections.emptyList());
        assertTrue(e.getMessage().contains("Login required"), e.getMessage());
    }

    @Test
    void jsonContentTypeWithHtmlBodyIsStillAWebPage() {
        NetException e = protocolFailure("<!doctype html><p>hi</p>", "application/json", Collections.emptyList());
        assertTrue(e.getMessage().contains("web page"));
    }

    @Test
    void plainTextBodyIsAProtocolErrorNamingTheContentType() {
        NetException e = protocolFailure("Not Found\n", "text/plain", Collections.emptyList());
        assertTrue(e.getMessage().contains("\"text/plain\""), e.getMessage());
        assertTrue(e.getMessage().contains("Not Found"), e.getMessage());
    }

    @Test
    void nonJsonBodyWithJsonContentTypeIsAProtocolError() {
        NetException e = protocolFailure("{\"data\":[", "application/json", Collections.emptyList());
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
    }

    @Test
    void emptyBodyIsAProtocolError() {
        NetException e = protocolFailure("   ", "application/json", Collections.emptyList());
        assertTrue(e.getMessage().contains("empty answer"), e.getMessage());
    }

    @Test
    void jsonListServedAsTextIsReadWithANote() throws Exception {
        ModelList l = ModelListParser.parse("{\"data\":[{\"id\":\"m\"}]}", "text/plain; charset=utf-8", Collections.emptyList());
        assertEquals(1, l.models().size());
        assertTrue(l.notes().get(0).contains("text/plain"), l.notes().toString());
    }

    @Test
    void wrongShapeIsAProtocolErrorNamingTheKeysFound() {
        NetException e = protocolFailure("{\"foo\":1}", "application/json", Collections.emptyList());
        assertTrue(e.getMessage().contains("not a model list"), e.getMessage());
        assertTrue(e.getMessage().contains("it has foo"), e.getMessage());
        protocolFailure("{}", null, Collections.emptyList());
        protocolFailure("\"gpt-4o\"", null, Collections.emptyList());
        protocolFailure("{\"data\":{\"models\":1}}", null, Collections.emptyList());
    }

    @Test
    void errorObjectOnSuccessCarriesTheProviderMessage() {
        NetException e = protocolFailure(Fixtures.text("errors/groq-429.json"), "application/json", Collections.emptyList());
        assertTrue(e.getMessage().contains("Rate limit reached"), e.getMessage());
        assertEquals("rate_limit_exceeded", e.providerCode());
        assertNotNull(e.providerMessage());
    }

    @Test
    void errorObjectOnSuccessWithAnHttpCodeIsClassifiedLikeThatStatus() {
        NetException e = assertThrows(NetException.class, () -> ModelListParser.parse(Fixtures.text("errors/azure-401.json")));
        assertEquals(NetException.Kind.AUTH, e.kind());
        assertEquals(401, e.status());
        NetException loading = assertThrows(NetException.class, () -> ModelListParser.parse(Fixtures.text("errors/llamacpp-503.json")));
        assertEquals(NetException.Kind.SERVER, loading.kind());
    }

    @Test
    void ollamaStringErrorOnSuccessIsExplained() {
        NetException e = protocolFailure(Fixtures.text("errors/ollama-error-shape.json"), null, Collections.emptyList());
        assertTrue(e.getMessage().contains("the model failed to generate a response"), e.getMessage());
    }

    @Test
    void secretsNeverAppearInParserErrors() {
        String key = "sk-live-abcdef1234567890";
        NetException html = protocolFailure("<html><body>bad key " + key + "</body></html>", "text/html", Arrays.asList(key));
        assertFalse(html.getMessage().contains(key), html.getMessage());
        assertTrue(html.getMessage().contains("[redacted]"));
        NetException keys = protocolFailure("{\"" + key + "\":1}", null, Arrays.asList(key));
        assertFalse(keys.getMessage().contains(key), keys.getMessage());
        NetException err = protocolFailure("{\"error\":{\"message\":\"key " + key + " is wrong\"}}", null, Arrays.asList(key));
        assertFalse(err.getMessage().contains(key), err.getMessage());
        assertFalse(err.providerMessage().contains(key));
    }

    // ---- size ----

    @Test
    void fiveThousandModelsParseInLinearTime() throws Exception {
        String small = generated(5_000);
        String large = generated(50_000);
        ModelList l = ModelListParser.parse(small);
        assertEquals(5_000, l.models().size());
        assertEquals("vendor/model-4999", l.models().get(4999).id());
        assertEquals(Sourced.provider(4999L + 1000), l.models().get(4999).contextLength());
        assertEquals(50_000, ModelListParser.parse(large).models().size());
        // Parse time is measured by ./run-benchmarks, never asserted in a test.
    }

    static String generated(int n) {
        StringBuilder sb = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":\"vendor/model-").append(i).append("\",\"object\":\"model\",\"owned_by\":\"v\",")
              .append("\"context_length\":").append(1000 + i).append(",\"pricing\":{\"prompt\":\"0.000001\",\"completion\":\"0.000002\"}}");
        }
        return sb.append("]}").toString();
    }
}
