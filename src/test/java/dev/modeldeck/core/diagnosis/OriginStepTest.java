package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class OriginStepTest {
    /** Ollama with permission: GET (no Origin header) works, POST (with Origin) gets a bare 403. */
    private static Harness ollamaRefusingPosts() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Fixtures.text("models/ollama-api-tags.json"));
        h.server.on("POST", "/chat/completions", 403).headers(Fixtures.headers("errors/ollama-403.headers"));
        return h;
    }

    @Test
    void originRefusedOnPostOnlyFailsTheOriginStepWithBothFixes() {
        Harness h = ollamaRefusingPosts();
        ProviderConfig p = Harness.ollama();
        p.stripOrigin = false;
        TestReport r = h.run(p);
        expect(r, Step.REACH, StepStatus.OK);
        StepResult origin = expect(r, Step.ORIGIN, StepStatus.FAILED);
        contains(origin.summary(), "refuses requests from browser extensions (Origin check)", "HTTP 403 with an empty body");
        contains(origin.fix(), "Turn on “Remove the Origin header for this server”", "for this address only",
            "OLLAMA_ORIGINS=chrome-extension://*");
        expect(r, Step.MODELS, StepStatus.OK);
        contains(expect(r, Step.CHAT, StepStatus.SKIPPED).summary(), "refuses requests from the extension");
        assertEquals(origin, r.firstFailure());
        assertEquals(1, h.server.requestsTo("POST", "/chat/completions").size(), "only the probe, no chat attempt");
    }

    @Test
    void activeRuleThatStillFailsIsSaidSo() {
        Harness h = ollamaRefusingPosts();
        h.ruleActive = true;
        StepResult origin = expect(h.run(Harness.ollama()), Step.ORIGIN, StepStatus.FAILED);
        contains(origin.fix(), "is on and its rule is active, yet the server still refuses", "OLLAMA_ORIGINS");
    }

    @Test
    void settingOnButRuleMissingAsksForAccessOrToSaveAgain() {
        Harness h = ollamaRefusingPosts();
        h.ruleActive = false;
        contains(expect(h.run(Harness.ollama()), Step.ORIGIN, StepStatus.FAILED).fix(), "rule is not installed",
            "save the provider again");
    }

    @Test
    void bareForbiddenOnTheModelListIsAnOriginRefusalToo() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 403);
        TestReport r = h.run(Harness.custom("http://192.168.1.20:11434/v1", AuthStyle.NONE, null));
        contains(expect(r, Step.ORIGIN, StepStatus.FAILED).summary(), "GET /models was HTTP 403 with an empty body");
        contains(expect(r, Step.AUTHENTICATION, StepStatus.SKIPPED).summary(), "before checking the key");
        expect(r, Step.MODELS, StepStatus.SKIPPED);
        expect(r, Step.CHAT, StepStatus.SKIPPED);
    }

    @Test
    void remoteServerRefusingTheChatPostWithBare403IsNamedInTheChatStep() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m1"));
        h.server.on("POST", "/chat/completions", 403);
        TestReport r = h.run(Harness.custom("https://llm.example.com/v1", AuthStyle.BEARER, "my-server-token-123"));
        expect(r, Step.ORIGIN, StepStatus.SKIPPED);
        StepResult chat = expect(r, Step.CHAT, StepStatus.FAILED);
        contains(chat.summary(), "Origin check", "the chat POST");
        contains(chat.fix(), "Remove the Origin header for this server");
    }

    @Test
    void corsRefusalOfThePostWithoutPermissionIsExplained() {
        Harness h = new Harness();
        h.permission = false;
        h.server.on("GET", "/models", 200, Harness.modelsJson("m1"));
        h.server.fail("POST", "/chat/completions", new NetException(NetException.Kind.NETWORK, "Failed to fetch"));
        TestReport r = h.run(Harness.custom("http://127.0.0.1:5000/v1", AuthStyle.NONE, null));
        StepResult origin = expect(r, Step.ORIGIN, StepStatus.FAILED);
        contains(origin.summary(), "answered GET", "blocked the reply to POST", "CORS refusal");
        contains(origin.fix(), "Grant access");
    }

    @Test
    void postDroppedWithPermissionPointsAtTheServerNotCors() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m1"));
        h.server.fail("POST", "/chat/completions", new NetException(NetException.Kind.NETWORK, "Failed to fetch"));
        StepResult origin = expect(h.run(Harness.custom("http://127.0.0.1:5000/v1", AuthStyle.NONE, null)),
            Step.ORIGIN, StepStatus.FAILED);
        contains(origin.summary(), "POST got no answer");
        contains(origin.fix(), "server's log");
        assertFalse(origin.fix().contains("Grant access"));
    }
}
