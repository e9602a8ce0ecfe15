package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class AuthStepTest {
    @Test
    void openAi401FailsWithTheProvidersOwnWordsAndSkipsWhatDependsOnTheKey() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 401, Fixtures.text("errors/openai-401.json"))
            .header("x-request-id", "req_123");
        TestReport r = h.run(Harness.openai());
        StepResult auth = expect(r, Step.AUTHENTICATION, StepStatus.FAILED);
        contains(auth.summary(), "refused the key (HTTP 401)", "Incorrect API key provided");
        contains(auth.fix(), "Check that the key is complete, still active and made for api.openai.com",
            "platform.openai.com/api-keys");
        contains(auth.details(), "req_123");
        contains(expect(r, Step.MODELS, StepStatus.SKIPPED).summary(), "the key was refused");
        contains(expect(r, Step.CHAT, StepStatus.SKIPPED).summary(), "the key was refused");
        assertEquals(auth, r.firstFailure());
        assertEquals(1, h.server.requests.size());
    }

    @Test
    void azureKeySentAsBearerIsToldToUseTheApiKeyHeader() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 401, Fixtures.text("errors/azure-401.json"))
            .headers(Fixtures.headers("errors/azure-401.headers"));
        ProviderConfig p = Harness.custom("https://contoso.openai.azure.com/openai/v1", AuthStyle.BEARER,
            "0123456789abcdef0123456789abcdef");
        TestReport r = h.run(p);
        StepResult auth = expect(r, Step.AUTHENTICATION, StepStatus.FAILED);
        contains(auth.summary(), "Access denied due to invalid subscription key");
        contains(auth.fix(), "Azure expects the key in an `api-key` header", "choose Custom header");
        assertEquals("Bearer 0123456789abcdef0123456789abcdef", h.server.requests.get(0).header("Authorization"));
    }

    @Test
    void azureWithTheRightHeaderGetsTheGenericAdviceInstead() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 401, Fixtures.text("errors/azure-401.json"));
        ProviderConfig p = Harness.preset(Presets.AZURE, "0123456789abcdef0123456789abcdef");
        p.baseUrl = "https://contoso.openai.azure.com/openai/v1";
        StepResult auth = expect(h.run(p), Step.AUTHENTICATION, StepStatus.FAILED);
        assertFalse(auth.fix().contains("choose Custom header"));
        assertEquals("0123456789abcdef0123456789abcdef", h.server.requests.get(0).header("api-key"));
    }

    @Test
    void unauthorizedWithoutAKeySaysTheServerWantsOne() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 401, "{\"error\":\"Unauthorized\"}");
        h.server.on("POST", "/chat/completions", 401, "{\"error\":\"Unauthorized\"}");
        StepResult auth = expect(h.run(Harness.preset(Presets.VLLM, null)), Step.AUTHENTICATION, StepStatus.FAILED);
        contains(auth.summary(), "refused the request (HTTP 401)");
        contains(auth.fix(), "This server wants a key", "Bearer token", "--api-key");
    }

    @Test
    void openRouterKeyOnOpenAiIsNamedAsTheCauseOfThe401() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 401, Fixtures.text("errors/openai-401.json"));
        TestReport r = h.run(Harness.preset(Presets.OPENAI, "sk-or-v1-0123456789abcdef0123456789abcdef"));
        StepResult auth = expect(r, Step.AUTHENTICATION, StepStatus.FAILED);
        contains(auth.fix(), "looks like an OpenRouter key", "https://openrouter.ai/api/v1");
        expect(r, Step.CONFIGURATION, StepStatus.WARNING);
    }

    @Test
    void whenTheListSaysNothingTheOriginProbeTellsAboutTheKey() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 404, "404 page not found");
        h.server.on("POST", "/chat/completions", 401, "{\"error\":{\"message\":\"Invalid token\"}}");
        ProviderConfig p = Harness.preset(Presets.LM_STUDIO, null);
        p.authStyle = AuthStyle.BEARER;
        p.apiKey = "lm-token-0123456789";
        TestReport r = h.run(p);
        contains(expect(r, Step.AUTHENTICATION, StepStatus.FAILED).summary(), "Invalid token");
        expect(r, Step.MODELS, StepStatus.WARNING);
        expect(r, Step.CHAT, StepStatus.SKIPPED);
    }

    @Test
    void listWithoutAnswerLeavesTheKeyToTheChatStep() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 404, "{\"error\":\"not found\"}");
        h.server.on("POST", "/chat/completions", 401, Fixtures.text("errors/openai-401.json"));
        ProviderConfig p = Harness.preset(Presets.PERPLEXITY, "pplx-0123456789abcdef0123");
        p.defaultModel = "sonar";
        TestReport r = h.run(p);
        contains(expect(r, Step.AUTHENTICATION, StepStatus.SKIPPED).summary(), "the chat step checks the key");
        contains(expect(r, Step.MODELS, StepStatus.WARNING).summary(), "as expected for Perplexity");
        StepResult chat = expect(r, Step.CHAT, StepStatus.FAILED);
        contains(chat.summary(), "refused the key (HTTP 401)");
        assertEquals(chat, r.firstFailure());
    }
}
