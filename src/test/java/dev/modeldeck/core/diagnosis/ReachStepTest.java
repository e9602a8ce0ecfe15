package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReachStepTest {
    private static NetException refused() {
        return new NetException(NetException.Kind.NETWORK, "Failed to fetch");
    }

    private static void assertLaterStepsSkipped(TestReport r, String reason) {
        for (Step s : new Step[] {Step.ORIGIN, Step.AUTHENTICATION, Step.MODELS, Step.CHAT}) {
            contains(expect(r, s, StepStatus.SKIPPED).summary(), reason);
        }
    }

    @Test
    void localServerDownSaysNothingIsListeningAndHowToStartOllama() {
        Harness h = new Harness();
        h.server.fail("GET", "/models", refused());
        TestReport r = h.run(Harness.ollama());
        StepResult reach = expect(r, Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "nothing is listening on 127.0.0.1:11434", "is Ollama running?");
        contains(reach.fix(), "`ollama serve`");
        contains(reach.details(), "Failed to fetch");
        assertLaterStepsSkipped(r, "the server is not reachable");
        assertEquals(reach, r.firstFailure());
        assertEquals(-1, r.latencyToFirstByteMs());
        assertEquals(StepStatus.FAILED, r.overall());
    }

    @ParameterizedTest
    @CsvSource({
        "lmstudio, LM Studio, Developer tab",
        "llamacpp, llama.cpp server, llama-server",
        "vllm, vLLM, vllm serve",
        "jan, Jan, Local API Server",
        "litellm, LiteLLM proxy, litellm --config"
    })
    void eachLocalServerGetsItsOwnStartInstruction(String presetId, String name, String hint) {
        Harness h = new Harness();
        h.server.fail("GET", "/models", refused());
        Preset preset = Presets.byId(presetId);
        TestReport r = h.run(Harness.preset(preset, preset.keyRequired() ? "local-token-1" : null));
        StepResult reach = expect(r, Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "is " + name + " running?");
        contains(reach.fix(), hint);
    }

    @Test
    void customLocalUrlOnOllamasPortIsRecognizedAsOllama() {
        Harness h = new Harness();
        h.server.fail("GET", "/models", refused());
        StepResult reach = expect(h.run(Harness.custom("http://localhost:11434/v1", AuthStyle.NONE, null)),
            Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "localhost:11434", "Ollama");
        contains(reach.fix(), "ollama serve");
    }

    @Test
    void remoteHttpsDownListsDnsTlsOfflineAndSuggestsOpeningTheUrl() {
        Harness h = new Harness();
        h.server.fail("GET", "/models", refused());
        StepResult reach = expect(h.run(Harness.custom("https://llm.example.com/v1", AuthStyle.BEARER, Harness.KEY)),
            Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "llm.example.com:443", "not resolve", "certificate", "offline");
        contains(reach.fix(), "Open https://llm.example.com/v1/models in a tab", "certificate");
        assertFalse(reach.summary().contains("CORS"));
    }

    @Test
    void remoteHttpDownNotesMixedContentIsNotTheCause() {
        Harness h = new Harness();
        h.server.fail("GET", "/models", refused());
        StepResult reach = expect(h.run(Harness.custom("http://llm.example.com:8000/v1", AuthStyle.NONE, null)),
            Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "llm.example.com:8000", "mixed content is not an issue");
    }

    @Test
    void missingPermissionPlusNetworkErrorBlamesCorsAndAsksToGrantAccess() {
        Harness h = new Harness();
        h.permission = false;
        h.server.fail("GET", "/models", refused());
        TestReport r = h.run(Harness.custom("https://llm.example.com/v1", AuthStyle.BEARER, Harness.KEY));
        StepResult perm = expect(r, Step.PERMISSION, StepStatus.FAILED);
        contains(perm.fix(), "Grant access", "https://llm.example.com/*");
        StepResult reach = expect(r, Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "browser blocked the reply", "no CORS headers", "lacks permission");
        contains(reach.fix(), "Grant access");
        assertEquals(perm, r.firstFailure());
        assertEquals(1, h.server.requests.size(), "the fetch is still tried without the permission");
    }

    @Test
    void missingPermissionOnALocalServerNamesBothCauses() {
        Harness h = new Harness();
        h.permission = false;
        h.server.fail("GET", "/models", refused());
        StepResult reach = expect(h.run(Harness.ollama()), Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "is Ollama running?", "no CORS headers");
        contains(reach.fix(), "Grant access", "ollama serve");
    }

    @Test
    void slowRemoteServerTimesOutWithItsTimeoutNamed() {
        Harness h = new Harness();
        h.server.fail("GET", "/models", new NetException(NetException.Kind.TIMEOUT_HEADERS, "No answer."));
        TestReport r = h.run(Harness.openai());
        StepResult reach = expect(r, Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "no answer in 30 s", "api.openai.com:443");
        contains(reach.fix(), "raise this provider's timeout (now 30 s)");
        assertLaterStepsSkipped(r, "the server is not reachable");
    }

    @Test
    void slowLocalServerMayBeLoadingAModelAndUsesItsOwnTimeout() {
        Harness h = new Harness();
        h.server.fail("GET", "/models", new NetException(NetException.Kind.TIMEOUT_HEADERS, "No answer."));
        ProviderConfig p = Harness.ollama();
        p.timeoutMs = 5_000L;
        StepResult reach = expect(h.run(p), Step.REACH, StepStatus.FAILED);
        contains(reach.summary(), "no answer in 5 s");
        contains(reach.fix(), "Ollama may be loading a model", "now 5 s");
        assertEquals(5_000, h.server.requests.get(0).headersTimeoutMs());
    }

    @Test
    void answeredRequestRecordsLatencyToFirstByte() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m")).latency(87);
        h.test.chatStep(false);
        TestReport r = h.run(Harness.openai());
        contains(expect(r, Step.REACH, StepStatus.OK).summary(), "HTTP 200 after 87 ms");
        assertEquals(87, r.latencyToFirstByteMs());
    }
}
