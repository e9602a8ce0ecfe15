package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassingRunTest {
    @Test
    void healthyRemoteProviderPassesEveryStepWithFigures() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Fixtures.text("models/openai.json")).latency(120)
            .header("Content-Type", "application/json");
        h.server.on("POST", "/chat/completions", 200, eventChunks(Fixtures.text("streams/openai-usage-chunk.sse")))
            .header("Content-Type", "text/event-stream").latency(300).chunkDelay(10);
        TestReport r = h.run(Harness.openai());

        assertEquals(StepStatus.OK, r.overall(), r.toText());
        assertNull(r.firstFailure());
        expect(r, Step.CONFIGURATION, StepStatus.OK);
        expect(r, Step.PERMISSION, StepStatus.OK);
        expect(r, Step.REACH, StepStatus.OK);
        expect(r, Step.ORIGIN, StepStatus.SKIPPED); // remote APIs don't check Origin
        expect(r, Step.AUTHENTICATION, StepStatus.OK);
        expect(r, Step.MODELS, StepStatus.OK);
        StepResult chat = expect(r, Step.CHAT, StepStatus.OK);

        assertEquals(120, r.latencyToFirstByteMs());
        assertTrue(r.modelsFound() > 0);
        assertEquals("model-id-0", r.chatModel());
        assertEquals(320, r.chatTtftMs(), "300 ms latency + two chunk delays (the first chunk has no text)");
        contains(chat.summary(), "“model-id-0” replied", "first token after 320 ms", "streamed in");
        contains(Harness.step(r, Step.MODELS).summary(), r.modelsFound() + " models found", "model-id-0");
        assertFalse(r.toText().contains("failed"));
        assertEquals(List.of("https://api.openai.com/*"), h.patternsAsked);
    }

    @Test
    void everyRequestIsTheOneTheEndpointResolverBuilds() {
        Harness h = new Harness();
        ProviderConfig p = Harness.openai();
        p.timeoutMs = 7_000L;
        p.organization = "org-1";
        h.server.on("GET", "/models", 200, Harness.modelsJson("gpt-4o-mini"));
        h.server.on("POST", "/chat/completions", 200, Harness.okStream());
        h.run(p);

        HttpRequest list = h.server.requestsTo("GET", "/models").get(0);
        assertEquals("https://api.openai.com/v1/models", list.url());
        assertEquals("Bearer " + Harness.KEY, list.header("Authorization"));
        assertEquals("org-1", list.header("OpenAI-Organization"));
        assertEquals(7_000, list.headersTimeoutMs(), "bounded by the provider's timeout");

        HttpRequest chat = h.server.requestsTo("POST", "/chat/completions").get(0);
        assertEquals("https://api.openai.com/v1/chat/completions", chat.url());
        assertEquals("text/event-stream", chat.header("Accept"));
        assertEquals(7_000, chat.headersTimeoutMs());
        contains(chat.body(), "\"model\":\"gpt-4o-mini\"", "Say OK", "\"stream\":true", "\"max_tokens\":8");
    }

    @Test
    void localOllamaIsProbedWithAPostAndPassesWithoutKey() {
        Harness h = new Harness();
        h.ruleActive = true;
        h.server.on("GET", "/models", 200, Fixtures.text("models/ollama-api-tags.json"));
        h.server.on("POST", "/chat/completions", 400, "{\"error\":{\"message\":\"model is required\"}}");
        TestReport r = h.test.chatStep(false).run(Harness.ollama(), null, null);
        expect(r, Step.ORIGIN, StepStatus.OK);
        contains(Harness.step(r, Step.ORIGIN).summary(), "accepts POST requests", "rule removing the Origin header is active",
            "HTTP 400");
        contains(expect(r, Step.AUTHENTICATION, StepStatus.OK).summary(), "no key needed");
        expect(r, Step.MODELS, StepStatus.OK);
        contains(expect(r, Step.CHAT, StepStatus.SKIPPED).summary(), "turned off");
        HttpRequest probe = h.server.requestsTo("POST", "/chat/completions").get(0);
        assertEquals("{}", probe.body());
        assertEquals("http://127.0.0.1:11434/v1/chat/completions", probe.url());
        assertNull(probe.header("Authorization"));
        assertEquals(120_000, probe.headersTimeoutMs(), "local servers get the model-loading timeout");
    }

    @Test
    void chatUsesTheRequestedModelThenTheDefaultThenTheFirstChatModel() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("text-embedding-3-small", "gpt-4o"));
        h.server.on("POST", "/chat/completions", 200, Harness.okStream());
        assertEquals("gpt-4o", h.run(Harness.openai()).chatModel(), "embeddings are not chat models");

        ProviderConfig withDefault = Harness.openai();
        withDefault.defaultModel = "o3";
        assertEquals("o3", h.run(withDefault).chatModel());
        assertEquals("mine", h.run(withDefault, "mine", new dev.modeldeck.core.net.Cancellation()).chatModel());
    }

    /** A recorded SSE stream cut into event-sized chunks, as a network would deliver them. */
    private static String[] eventChunks(String sse) {
        String all = sse.replace("\r\n", "\n");
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = all.indexOf("\n\n", from)) >= 0) {
            out.add(all.substring(from, at + 2));
            from = at + 2;
        }
        if (from < all.length()) {
            out.add(all.substring(from));
        }
        return out.toArray(new String[0]);
    }
}
