package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class ModelsStepTest {
    @Test
    void listWith404IsAWarningToAddModelsByHandAndChatStillRuns() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 404, "Not Found");
        h.server.on("POST", "/chat/completions", 200, Harness.okStream());
        ProviderConfig p = Harness.custom("https://llm.example.com/v1", AuthStyle.BEARER, "my-server-token-123");
        p.defaultModel = "house-model";
        TestReport r = h.run(p);
        StepResult models = expect(r, Step.MODELS, StepStatus.WARNING);
        contains(models.summary(), "no model list", "HTTP 404");
        contains(models.fix(), "Add models by hand");
        expect(r, Step.CHAT, StepStatus.OK);
        assertEquals(StepStatus.WARNING, r.overall());
        assertEquals(-1, r.modelsFound());
    }

    @Test
    void noModelToTrySkipsChatWithTheReason() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 404, "Not Found");
        TestReport r = h.run(Harness.custom("https://llm.example.com/v1", AuthStyle.NONE, null));
        contains(expect(r, Step.CHAT, StepStatus.SKIPPED).summary(), "no model to try");
    }

    @Test
    void htmlPageFailsWithSnippetAndAskIfV1IsMissing() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head>"
            + "<body><h1>Welcome to nginx!</h1></body></html>").header("Content-Type", "text/html");
        TestReport r = h.run(Harness.custom("https://llm.example.com", AuthStyle.NONE, null));
        StepResult models = expect(r, Step.MODELS, StepStatus.FAILED);
        contains(models.summary(), "answered with a web page", "is /v1 missing?");
        contains(models.fix(), "Check the base URL");
        contains(models.details(), "Welcome to nginx!");
        contains(expect(r, Step.CHAT, StepStatus.SKIPPED).summary(), "the model list failed");
        assertEquals(models, r.firstFailure());
    }

    @Test
    void emptyAndUnparseableAnswersFail() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, "");
        h.test.chatStep(false);
        contains(expect(h.run(Harness.custom("https://a.example.com/v1", AuthStyle.NONE, null)), Step.MODELS,
            StepStatus.FAILED).summary(), "empty body");

        Harness j = new Harness();
        j.server.on("GET", "/models", 200, "{\"status\":\"ok\"}");
        contains(expect(j.run(Harness.custom("https://a.example.com/v1", AuthStyle.NONE, null)), Step.MODELS,
            StepStatus.FAILED).summary(), "not a model list");
    }

    @Test
    void emptyListWarnsAndOllamaIsToldToPullAModel() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, "{\"object\":\"list\",\"data\":[]}");
        h.server.on("POST", "/chat/completions", 400, "{}");
        TestReport r = h.run(Harness.ollama());
        StepResult models = expect(r, Step.MODELS, StepStatus.WARNING);
        contains(models.summary(), "lists no models");
        contains(models.fix(), "ollama pull");
        assertEquals(0, r.modelsFound());
        contains(expect(r, Step.CHAT, StepStatus.SKIPPED).summary(), "no model to try");
    }

    @Test
    void countsModelsAndChatModelsAndNamesAFew() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Fixtures.text("models/groq-models.json"));
        h.test.chatStep(false);
        TestReport r = h.run(Harness.preset(dev.modeldeck.core.provider.Presets.GROQ, "gsk_0123456789abcdefghij"));
        StepResult models = expect(r, Step.MODELS, StepStatus.OK);
        contains(models.summary(), r.modelsFound() + " models found, " + r.chatModelsFound() + " for chat (");
        org.junit.jupiter.api.Assertions.assertTrue(r.chatModelsFound() < r.modelsFound(), "whisper is not chat");
    }

    @Test
    void serverErrorOnTheListIsClassified() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 503, Fixtures.text("errors/llamacpp-503.json"));
        h.server.on("POST", "/chat/completions", 503, Fixtures.text("errors/llamacpp-503.json"));
        StepResult models = expect(h.run(Harness.preset(dev.modeldeck.core.provider.Presets.LLAMA_CPP, null)),
            Step.MODELS, StepStatus.FAILED);
        contains(models.summary(), "still loading", "HTTP 503");
        contains(models.fix(), "Wait a few seconds");
    }
}
