package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class ChatStepTest {
    private static Harness listing(String... ids) {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson(ids));
        return h;
    }

    @Test
    void rateLimitNamesTheRetryAfterWait() {
        Harness h = listing("llama-3.1-8b-instant");
        h.server.on("POST", "/chat/completions", 429, Fixtures.text("errors/groq-429.json")).header("Retry-After", "20");
        TestReport r = h.run(Harness.openai());
        StepResult chat = expect(r, Step.CHAT, StepStatus.FAILED);
        contains(chat.summary(), "limiting how many requests", "HTTP 429");
        contains(chat.fix(), "Wait 20 s");
    }

    @Test
    void insufficientQuotaIsNotMistakenForARateLimit() {
        Harness h = listing("gpt-4o-mini");
        h.server.on("POST", "/chat/completions", 429, Fixtures.text("errors/openai-429-insufficient_quota.json"))
            .header("Retry-After", "20");
        StepResult chat = expect(h.run(Harness.openai()), Step.CHAT, StepStatus.FAILED);
        contains(chat.summary(), "run out of quota or credits", "insufficient_quota", "exceeded your current quota");
        contains(chat.fix(), "billing", "waiting will not help");
        assertFalse(chat.fix().contains("Wait 20"));
    }

    @Test
    void modelNotFoundNamesTheModel() {
        Harness h = listing("gpt-4o");
        h.server.on("POST", "/chat/completions", 404, Fixtures.text("errors/openai-404.json"));
        TestReport r = h.run(Harness.openai(), "gpt-4", new Cancellation());
        StepResult chat = expect(r, Step.CHAT, StepStatus.FAILED);
        contains(chat.summary(), "the model “gpt-4” was not found", "does not exist");
        contains(chat.fix(), "Pick a model from the provider's list");
    }

    @Test
    void serverThatAnswersJsonToStreamTrueIsAWarning() {
        Harness h = listing("gpt-4o-mini");
        h.server.on("POST", "/chat/completions", 200, Fixtures.text("chat/openai.json"))
            .header("Content-Type", "application/json");
        TestReport r = h.run(Harness.openai());
        StepResult chat = expect(r, Step.CHAT, StepStatus.WARNING);
        contains(chat.summary(), "doesn't stream; replies will appear at once", "replied");
        contains(chat.fix(), "Nothing is broken");
        assertEquals(StepStatus.WARNING, r.overall());
    }

    @Test
    void streamInOnePieceIsReported() {
        Harness h = listing("m");
        h.server.on("POST", "/chat/completions", 200, String.join("", Harness.okStream()));
        contains(expect(h.run(Harness.openai()), Step.CHAT, StepStatus.OK).summary(), "arrived in one piece",
            "9 prompt + 1 reply tokens", "“OK”");
    }

    @Test
    void contextLengthAndServerErrorsAreNamed() {
        Harness h = listing("m");
        h.server.on("POST", "/chat/completions", 400, Fixtures.text("errors/openai-400.json"));
        contains(expect(h.run(Harness.openai()), Step.CHAT, StepStatus.FAILED).summary(), "too long");

        Harness g = listing("m");
        g.server.on("POST", "/chat/completions", 502, "<html><body>Bad gateway</body></html>");
        contains(expect(g.run(Harness.openai()), Step.CHAT, StepStatus.FAILED).summary(), "gateway", "HTTP 502");
    }

    @Test
    void chatTimeoutIsBoundedByTheProvidersTimeout() {
        Harness h = listing("m");
        h.server.fail("POST", "/chat/completions", new NetException(NetException.Kind.TIMEOUT_HEADERS, "No answer."));
        ProviderConfig p = Harness.openai();
        p.timeoutMs = 9_000L;
        StepResult chat = expect(h.run(p), Step.CHAT, StepStatus.FAILED);
        contains(chat.summary(), "no reply from “m” within 9 s");
    }

    @Test
    void streamRunningPastTheTimeoutIsStoppedAndReported() {
        Harness h = listing("m");
        ProviderConfig p = Harness.openai();
        p.timeoutMs = 1_000L;
        String[] slow = new String[20];
        for (int i = 0; i < slow.length; i++) {
            slow[i] = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\n\n";
        }
        h.server.on("POST", "/chat/completions", 200, slow).chunkDelay(400);
        StepResult chat = expect(h.run(p), Step.CHAT, StepStatus.FAILED);
        contains(chat.summary(), "did not finish within 1 s");
        contains(chat.fix(), "raise this provider's timeout");
    }

    @Test
    void streamEndingWithoutMarkerWarns() {
        Harness h = listing("m");
        h.server.on("POST", "/chat/completions", 200,
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"O\"}}]}\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"K\"}}]}\n\n");
        contains(expect(h.run(Harness.openai()), Step.CHAT, StepStatus.WARNING).summary(), "without its end marker");
    }
}
