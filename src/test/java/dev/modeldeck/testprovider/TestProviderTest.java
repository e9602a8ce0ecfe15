package dev.modeldeck.testprovider;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestProviderExtension.class)
class TestProviderTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestProvider provider;
    static String base;

    @BeforeAll
    static void remember(TestProvider started) {
        provider = started;
        base = started.baseUrl();
    }

    static String chat(boolean stream) {
        return Exchange.chatBody("demo-chat", "hello there", stream);
    }

    // ---------------------------------------------------------------- content

    @Test
    void baseUrlIsLoopbackWithV1AndAPort() {
        assertTrue(provider.port() > 0);
        assertEquals("http://127.0.0.1:" + provider.port() + "/v1", provider.baseUrl());
    }

    @Test
    void demoModelListHasChatModelsAndOneEmbeddingModelInOpenAiShape() throws Exception {
        Exchange e = Exchange.get(base + "/models");
        assertEquals(200, e.status());
        assertTrue(e.header("content-type").startsWith("application/json"));
        JsonNode list = JSON.readTree(e.body);
        assertEquals("list", list.get("object").asText());
        List<String> ids = new ArrayList<>();
        list.get("data").forEach(m -> ids.add(m.get("id").asText()));
        assertEquals(ModelLists.DEMO_IDS, ids);
        assertTrue(ids.contains("demo-chat") && ids.contains("demo-reasoner"));
        assertEquals(1, ids.stream().filter(id -> id.contains("embed")).count());
        assertEquals("model", list.get("data").get(0).get("object").asText());
    }

    @Test
    void modelsAreServedWithAndWithoutV1AndAsOllamaTags() throws Exception {
        String root = "http://127.0.0.1:" + provider.port();
        assertEquals(4, JSON.readTree(Exchange.get(root + "/models").body).get("data").size());
        assertEquals(4, JSON.readTree(Exchange.get(root + "/v1/models").body).get("data").size());
        JsonNode tags = JSON.readTree(Exchange.get(root + "/api/tags").body);
        assertEquals("demo-chat", tags.get("models").get(0).get("name").asText());
    }

    @Test
    void modelsFixtureIsServedVerbatim() throws Exception {
        provider.content().modelsFixture("groq-models.json");
        assertEquals(Fixtures.text("models/groq-models.json"), Exchange.get(base + "/models").body);
    }

    @Test
    void generatedListHasFiveThousandDistinctModels() throws Exception {
        provider.content().generatedModels(5000);
        JsonNode data = JSON.readTree(Exchange.get(base + "/models").body).get("data");
        assertEquals(5000, data.size());
        assertEquals("generated-model-00001", data.get(0).get("id").asText());
        assertEquals("generated-model-05000", data.get(4999).get("id").asText());
    }

    @Test
    void nonStandardShapesAreServedOnRequest() throws Exception {
        provider.content().modelsShape(Content.Shape.BARE_ARRAY);
        JsonNode bare = JSON.readTree(Exchange.get(base + "/models").body);
        assertTrue(bare.isArray());
        assertEquals("demo-chat", bare.get(0).get("id").asText());
        provider.content().modelsShape(Content.Shape.ID_STRINGS);
        JsonNode strings = JSON.readTree(Exchange.get(base + "/models").body);
        assertEquals("demo-chat", strings.get("data").get(0).asText());
    }

    @Test
    void demoStreamEchoesTheUserWordByWordWithUsageAndDone() throws Exception {
        String body = "{\"model\":\"my-model\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"first\"},{\"role\":\"assistant\",\"content\":\"ok\"},"
                + "{\"role\":\"user\",\"content\":\"tell me more\"}]}";
        Exchange e = Exchange.post(base + "/chat/completions", body);
        assertEquals(200, e.status());
        assertTrue(e.header("content-type").startsWith("text/event-stream"));
        List<String> data = e.dataPayloads();
        assertEquals("[DONE]", data.get(data.size() - 1));
        StringBuilder text = new StringBuilder();
        int contentChunks = 0;
        for (String d : data.subList(0, data.size() - 1)) {
            JsonNode chunk = JSON.readTree(d);
            assertEquals("my-model", chunk.get("model").asText());
            JsonNode content = chunk.path("choices").path(0).path("delta").path("content");
            if (content.isTextual() && !content.asText().isEmpty()) {
                text.append(content.asText());
                contentChunks++;
            }
        }
        assertTrue(text.toString().startsWith("You said: tell me more."), text.toString());
        assertTrue(text.toString().contains("**") && text.toString().contains("```"));
        assertTrue(contentChunks > 10, "one chunk per word");
        JsonNode usageChunk = JSON.readTree(data.get(data.size() - 2));
        assertEquals(0, usageChunk.get("choices").size());
        assertEquals(contentChunks, usageChunk.get("usage").get("completion_tokens").asInt());
    }

    @Test
    void demoStreamHasNoUsageChunkUnlessAsked() throws Exception {
        List<String> data = Exchange.post(base + "/chat/completions", chat(true)).dataPayloads();
        for (String d : data.subList(0, data.size() - 1)) {
            assertFalse(JSON.readTree(d).has("usage"), d);
        }
    }

    @Test
    void reasonerModelStreamsReasoningBeforeContent() throws Exception {
        List<String> data = Exchange.post(base + "/chat/completions",
                Exchange.chatBody("demo-reasoner", "why", true)).dataPayloads();
        assertTrue(JSON.readTree(data.get(1)).path("choices").path(0).path("delta").has("reasoning_content"));
    }

    @Test
    void demoNonStreamingAnswerIsOneCompletion() throws Exception {
        Exchange e = Exchange.post(base + "/chat/completions", chat(false));
        JsonNode c = JSON.readTree(e.body);
        assertEquals("chat.completion", c.get("object").asText());
        assertEquals("demo-chat", c.get("model").asText());
        assertTrue(c.at("/choices/0/message/content").asText().startsWith("You said: hello there."));
        assertTrue(c.at("/usage/total_tokens").asInt() > 0);
    }

    @Test
    void streamFixtureIsReplayedByteForByteOneEventPerChunk() throws Exception {
        provider.content().streamFixture("mistral-text.sse");
        String recorded = Fixtures.text("streams/mistral-text.sse");
        assertEquals(recorded, Exchange.post(base + "/chat/completions", chat(true)).body);
        // The chunked framing on the wire shows each write+flush, whatever the client's read timing.
        List<String> events = new ArrayList<>();
        for (byte[] piece : StreamEvents.sse(recorded.getBytes(StandardCharsets.UTF_8))) {
            events.add(new String(piece, StandardCharsets.UTF_8));
        }
        assertEquals(9, events.size());
        assertEquals(events, RawChunks.post(provider.port(), "/v1/chat/completions", chat(true)));
    }

    @Test
    void largeStreamFixtureIsReplayedIdentically() throws Exception {
        provider.content().streamFixture("groq-x_groq-usage.sse");
        assertEquals(Fixtures.text("streams/groq-x_groq-usage.sse"), Exchange.post(base + "/chat/completions", chat(true)).body);
    }

    @Test
    void chatFixtureAnswersNonStreamingRequests() throws Exception {
        provider.content().chatFixture("mistral.json");
        assertEquals(Fixtures.text("chat/mistral.json"), Exchange.post(base + "/chat/completions", chat(false)).body);
    }

    // ---------------------------------------------------------------- status faults

    @Test
    void rateLimitAnswers429WithRetryAfterOnceThenRecovers() throws Exception {
        provider.faults().add(Fault.status(429, "{\"error\":{\"message\":\"slow down\"}}").header("Retry-After", "2").on(Target.CHAT));
        Exchange limited = Exchange.post(base + "/chat/completions", chat(false));
        assertEquals(429, limited.status());
        assertEquals("2", limited.header("retry-after"));
        assertEquals("slow down", JSON.readTree(limited.body).at("/error/message").asText());
        assertEquals(200, Exchange.post(base + "/chat/completions", chat(false)).status());
    }

    @Test
    void countedServerErrorsFailTwiceThenSucceed() throws Exception {
        provider.faults().add(Fault.status(500, "{\"error\":{\"message\":\"boom\"}}").times(2));
        assertEquals(500, Exchange.post(base + "/chat/completions", chat(false)).status());
        assertEquals(500, Exchange.post(base + "/chat/completions", chat(false)).status());
        assertEquals(200, Exchange.post(base + "/chat/completions", chat(false)).status());
    }

    @Test
    void faultOnChatLeavesModelsAlone() throws Exception {
        provider.faults().add(Fault.status(503).on(Target.CHAT));
        assertEquals(200, Exchange.get(base + "/models").status());
        assertEquals(503, Exchange.post(base + "/chat/completions", chat(false)).status());
    }

    @Test
    void faultsOfTheSameTypeQueueInOrder() throws Exception {
        provider.faults().add(Fault.status(429)).add(Fault.status(503));
        assertEquals(429, Exchange.get(base + "/models").status());
        assertEquals(503, Exchange.get(base + "/models").status());
        assertEquals(200, Exchange.get(base + "/models").status());
    }

    @Test
    void alwaysFaultLastsUntilReset() throws Exception {
        provider.faults().add(Fault.status(401).always());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, Exchange.get(base + "/models").status());
        }
        provider.reset();
        assertEquals(200, Exchange.get(base + "/models").status());
    }

    @Test
    void errorFixtureTakesStatusFromItsNameAndHeadersFromItsHeadersFile() throws Exception {
        provider.faults().add(Fault.errorFixture("groq-429.json"));
        Exchange groq = Exchange.get(base + "/models");
        assertEquals(429, groq.status());
        assertEquals(Fixtures.text("errors/groq-429.json"), groq.body);

        provider.faults().add(Fault.errorFixture("azure-401.json"));
        Exchange azure = Exchange.get(base + "/models");
        assertEquals(401, azure.status());
        assertEquals("REDACTED", azure.header("apim-request-id"));

        provider.faults().add(Fault.errorFixture("ollama-403.json"));
        Exchange ollama = Exchange.get(base + "/models");
        assertEquals(403, ollama.status());
        assertEquals("", ollama.body);
    }

    @Test
    void htmlErrorPageComesAsTextHtml() throws Exception {
        provider.faults().add(Fault.html(502));
        Exchange e = Exchange.get(base + "/models");
        assertEquals(502, e.status());
        assertTrue(e.header("content-type").startsWith("text/html"));
        assertTrue(e.body.startsWith("<!DOCTYPE html>"));
        provider.faults().add(Fault.html(200));
        assertEquals(200, Exchange.get(base + "/models").status());
    }

    @Test
    void unknownPathIs404WithOpenAiErrorBody() throws Exception {
        Exchange e = Exchange.get(base + "/embeddings/nothing");
        assertEquals(404, e.status());
        assertEquals("unknown_url", JSON.readTree(e.body).at("/error/code").asText());
    }

    // ---------------------------------------------------------------- origin, CORS, auth

    @Test
    void extensionOriginGetsBare403OnPostOnly() throws Exception {
        provider.faults().rejectExtensionOrigin(Faults.OriginRule.POST);
        String origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
        Exchange post = Exchange.post(base + "/chat/completions", chat(false), "Origin", origin);
        assertEquals(403, post.status());
        assertEquals("", post.body);
        assertNull(post.header("access-control-allow-origin"));
        assertEquals(200, Exchange.get(base + "/models", "Origin", origin).status());
        assertEquals(200, Exchange.post(base + "/chat/completions", chat(false)).status());
        assertEquals(200, Exchange.post(base + "/chat/completions", chat(false), "Origin", "http://localhost:3000").status());
    }

    @Test
    void extensionOriginGets403OnEveryMethodWhenRuleIsAll() throws Exception {
        provider.faults().rejectExtensionOrigin(Faults.OriginRule.ALL);
        assertEquals(403, Exchange.get(base + "/models", "Origin", "chrome-extension://abc").status());
        assertEquals(403, Exchange.run(new HttpRequest.Builder("OPTIONS", base + "/models")
                .header("Origin", "chrome-extension://abc").build()).status());
    }

    @Test
    void corsHeadersAndPreflightAreOnByDefault() throws Exception {
        assertEquals("*", Exchange.get(base + "/models").header("access-control-allow-origin"));
        Exchange pre = Exchange.run(new HttpRequest.Builder("OPTIONS", base + "/chat/completions")
                .header("Origin", "chrome-extension://abc")
                .header("Access-Control-Request-Method", "POST").build());
        assertEquals(204, pre.status());
        assertEquals("*", pre.header("access-control-allow-origin"));
        assertTrue(pre.header("access-control-allow-headers").contains("authorization"));
        assertTrue(pre.header("access-control-allow-methods").contains("POST"));
        Exchange asked = Exchange.run(new HttpRequest.Builder("OPTIONS", base + "/chat/completions")
                .header("Access-Control-Request-Headers", "api-key, x-title").build());
        assertEquals("api-key, x-title", asked.header("access-control-allow-headers"));
    }

    @Test
    void corsHeadersVanishWhenSwitchedOff() throws Exception {
        provider.faults().cors(false);
        assertNull(Exchange.get(base + "/models").header("access-control-allow-origin"));
        Exchange pre = Exchange.run(new HttpRequest.Builder("OPTIONS", base + "/models").build());
        assertNull(pre.header("access-control-allow-origin"));
        assertNull(pre.header("access-control-allow-headers"));
        provider.faults().add(Fault.status(429));
        assertNull(Exchange.get(base + "/models").header("access-control-allow-origin"));
    }

    @Test
    void bearerKeyIsRequiredWhenSwitchedOn() throws Exception {
        provider.faults().requireBearer("sk-right");
        Exchange missing = Exchange.get(base + "/models");
        assertEquals(401, missing.status());
        assertEquals("invalid_api_key", JSON.readTree(missing.body).at("/error/code").asText());
        Exchange wrong = Exchange.get(base + "/models", "Authorization", "Bearer sk-wrong-key");
        assertEquals(401, wrong.status());
        assertFalse(wrong.body.contains("sk-wrong-key"), "the error must not echo the key");
        assertEquals(200, Exchange.get(base + "/models", "Authorization", "Bearer sk-right").status());
    }

    @Test
    void customAuthHeaderIsRequiredWhenSwitchedOn() throws Exception {
        provider.faults().requireHeader("api-key", "azure-key");
        assertEquals(401, Exchange.get(base + "/models", "Authorization", "Bearer azure-key").status());
        assertEquals(200, Exchange.get(base + "/models", "api-key", "azure-key").status());
    }

    // ---------------------------------------------------------------- stream faults

    @Test
    void nonStreamingFaultAnswersJsonToAStreamRequest() throws Exception {
        provider.faults().add(Fault.nonStreaming());
        Exchange e = Exchange.post(base + "/chat/completions", chat(true));
        assertTrue(e.header("content-type").startsWith("application/json"));
        assertEquals("chat.completion", JSON.readTree(e.body).get("object").asText());
    }

    @Test
    void errorMidStreamSendsSomeChunksThenAnErrorEventAndNoDone() throws Exception {
        provider.faults().add(Fault.errorMidStream(3));
        List<String> data = Exchange.post(base + "/chat/completions", chat(true)).dataPayloads();
        assertEquals(4, data.size());
        assertTrue(JSON.readTree(data.get(3)).has("error"));
        assertFalse(data.contains("[DONE]"));
    }

    @Test
    void noDoneFaultDropsOnlyTheDoneEvent() throws Exception {
        provider.content().streamFixture("mistral-text.sse");
        provider.faults().add(Fault.noDone());
        Exchange e = Exchange.post(base + "/chat/completions", chat(true));
        assertEquals(Fixtures.text("streams/mistral-text.sse").replace("data: [DONE]\n\n", ""), e.body);
    }

    @Test
    void openRouterCommentComesBeforeTheFirstChunk() throws Exception {
        provider.faults().add(Fault.openRouterComment());
        Exchange e = Exchange.post(base + "/chat/completions", chat(true));
        assertTrue(e.body.startsWith(": OPENROUTER PROCESSING\n\ndata: {"), e.body.substring(0, 60));
    }

    @Test
    void slowChunksSpreadTheStreamOverTime() throws Exception {
        provider.content().streamFixture("mistral-text.sse");
        provider.faults().add(Fault.slowChunks(30));
        long start = System.nanoTime();
        Exchange.post(base + "/chat/completions", chat(true));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 8 * 30, "took " + ms + " ms for 9 events");
    }

    @Test
    void timedStallPausesAndThenFinishesTheStream() throws Exception {
        provider.faults().add(Fault.stallAfter(2).forMs(300));
        long start = System.nanoTime();
        Exchange e = Exchange.run(HttpRequest.post(base + "/chat/completions", chat(true)).idleTimeoutMs(2000).build());
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 290);
        assertTrue(e.body.endsWith("data: [DONE]\n\n"));
    }

    @Test
    void resetReleasesAStalledStream() throws Exception {
        provider.faults().add(Fault.stallAfter(1));
        HttpResponse r = Exchange.TRANSPORT.send(HttpRequest.post(base + "/chat/completions", chat(true)).idleTimeoutMs(3000).build());
        assertNotNull(r.readChunk());
        new Thread(() -> {
            sleep(150);
            provider.faults().clear();
        }).start();
        long start = System.nanoTime();
        String rest = r.readAll(1_000_000);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2500);
        assertTrue(rest.endsWith("data: [DONE]\n\n"));
    }

    @Test
    void stallAndDisconnectWorkOnModelsToo() throws Exception {
        provider.content().generatedModels(2000);
        provider.faults().add(Fault.disconnectAfter(2).on(Target.MODELS));
        HttpResponse r = Exchange.TRANSPORT.send(HttpRequest.get(base + "/models").build());
        NetException e = assertThrows(NetException.class, () -> r.readAll(10_000_000));
        assertEquals(NetException.Kind.NETWORK, e.kind());
    }

    // ---------------------------------------------------------------- model list faults

    @Test
    void emptyModelsFaultKeepsTheShape() throws Exception {
        provider.faults().add(Fault.emptyModels());
        JsonNode list = JSON.readTree(Exchange.get(base + "/models").body);
        assertEquals("list", list.get("object").asText());
        assertEquals(0, list.get("data").size());
        assertEquals(4, JSON.readTree(Exchange.get(base + "/models").body).get("data").size());
    }

    @Test
    void hugeModelsFaultSendsAValidBodyOfTheGivenSize() throws Exception {
        provider.faults().add(Fault.hugeModels(3));
        Exchange e = Exchange.get(base + "/models");
        assertTrue(e.body.length() >= 3 * 1024 * 1024, "length " + e.body.length());
        assertTrue(JSON.readTree(e.body).get("data").size() > 500);
        provider.faults().add(Fault.hugeModels(3));
        HttpResponse r = Exchange.TRANSPORT.send(HttpRequest.get(base + "/models").build());
        assertEquals(NetException.Kind.TOO_LARGE, assertThrows(NetException.class, () -> r.readAll(1_000_000)).kind());
    }

    // ---------------------------------------------------------------- control endpoint and log

    @Test
    void controlEndpointSwitchesFaultsAndContent() throws Exception {
        String control = "{\"models\":{\"generate\":5000},\"faults\":[{\"type\":\"status\",\"status\":429,"
                + "\"headers\":{\"Retry-After\":\"2\"},\"body\":{\"error\":{\"message\":\"wait\"}},\"target\":\"chat\",\"times\":2}]}";
        Exchange ok = Exchange.post(provider.controlUrl(), control);
        assertEquals(200, ok.status(), ok.body);
        assertEquals(5000, JSON.readTree(Exchange.get(base + "/models").body).get("data").size());
        for (int i = 0; i < 2; i++) {
            Exchange limited = Exchange.post(base + "/chat/completions", chat(false));
            assertEquals(429, limited.status());
            assertEquals("2", limited.header("retry-after"));
            assertEquals("wait", JSON.readTree(limited.body).at("/error/message").asText());
        }
        assertEquals(200, Exchange.post(base + "/chat/completions", chat(false)).status());
    }

    @Test
    void controlEndpointSwitchesPolicies() throws Exception {
        String control = "{\"cors\":false,\"originForbidden\":\"post\",\"auth\":{\"header\":\"api-key\",\"value\":\"k1\"},"
                + "\"chat\":{\"stream\":\"mistral-text.sse\"}}";
        assertEquals(200, Exchange.post(provider.controlUrl(), control).status());
        assertFalse(provider.faults().cors());
        assertEquals(Faults.OriginRule.POST, provider.faults().originRule());
        assertEquals(401, Exchange.post(base + "/chat/completions", chat(true)).status());
        Exchange e = Exchange.post(base + "/chat/completions", chat(true), "api-key", "k1");
        assertEquals(Fixtures.text("streams/mistral-text.sse"), e.body);
        assertNull(e.header("access-control-allow-origin"));
    }

    @Test
    void singleFaultShorthandAndStreamFaultsWorkThroughControl() throws Exception {
        assertEquals(200, Exchange.post(provider.controlUrl(), "{\"type\":\"errorMidStream\",\"afterChunks\":1,"
                + "\"body\":{\"error\":{\"message\":\"overloaded\"}}}").status());
        List<String> data = Exchange.post(base + "/chat/completions", chat(true)).dataPayloads();
        assertEquals("{\"error\":{\"message\":\"overloaded\"}}", data.get(data.size() - 1));
    }

    @Test
    void badControlBodyIsRejectedAndChangesNothing() throws Exception {
        Exchange bad = Exchange.post(provider.controlUrl(), "{\"cors\":false,\"faults\":[{\"type\":\"nope\"}]}");
        assertEquals(400, bad.status());
        assertTrue(bad.body.contains("nope"));
        assertTrue(provider.faults().cors());
        assertEquals(400, Exchange.post(provider.controlUrl(), "{\"models\":{\"fixture\":\"../../pom.xml\"}}").status());
        assertEquals(400, Exchange.post(provider.controlUrl(), "not json").status());
        assertTrue(provider.faults().pending().isEmpty());
    }

    @Test
    void controlResetRestoresDefaultsAndClearsTheLog() throws Exception {
        provider.faults().add(Fault.status(500).always()).cors(false);
        provider.content().generatedModels(10);
        Exchange.get(base + "/models");
        assertEquals(200, Exchange.post(provider.controlUrl() + "/reset", "").status());
        assertEquals(0, provider.requests().all().size());
        Exchange e = Exchange.get(base + "/models");
        assertEquals(200, e.status());
        assertEquals("*", e.header("access-control-allow-origin"));
        assertEquals(4, JSON.readTree(e.body).get("data").size());
    }

    @Test
    void requestLogRecordsMethodPathHeadersAndBodyButNotControlCalls() throws Exception {
        Exchange.post(provider.controlUrl(), "{\"cors\":true}");
        Exchange.get(base + "/models", "Authorization", "Bearer sk-log", "Origin", "chrome-extension://xyz");
        Exchange.post(base + "/chat/completions", chat(false), "api-key", "azure-1", "X-Title", "ModelDeck");
        RequestLog log = provider.requests();
        assertEquals(2, log.all().size());
        assertEquals(1, log.count(Target.MODELS));
        assertEquals(1, log.count("GET", "/v1/models"));
        RecordedRequest get = log.all().get(0);
        assertEquals("Bearer sk-log", get.header("Authorization"));
        assertEquals("chrome-extension://xyz", get.header("origin"));
        RecordedRequest post = log.last();
        assertEquals("azure-1", post.header("api-key"));
        assertEquals("ModelDeck", post.header("x-title"));
        assertEquals(chat(false), post.body());
        assertEquals(Target.CHAT, post.route());
        JsonNode served = JSON.readTree(Exchange.get(provider.controlUrl() + "/requests").body);
        assertEquals(2, served.size());
        assertEquals("/v1/chat/completions", served.get(1).get("path").asText());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
