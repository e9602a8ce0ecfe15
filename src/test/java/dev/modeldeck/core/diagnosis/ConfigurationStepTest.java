package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import org.junit.jupiter.api.Test;

class ConfigurationStepTest {
    private static void assertEverythingElseSkipped(TestReport r, String reason) {
        for (StepResult s : r.steps()) {
            if (s.step() != Step.CONFIGURATION) {
                assertEquals(StepStatus.SKIPPED, s.status(), r.toText());
                contains(s.summary(), reason);
            }
        }
    }

    @Test
    void missingKeyFailsWithAddYourKeyAndSendsNothing() {
        Harness h = new Harness();
        TestReport r = h.run(Harness.preset(Presets.OPENAI, ""));
        StepResult c = expect(r, Step.CONFIGURATION, StepStatus.FAILED);
        contains(c.summary(), "no API key", "OpenAI needs one");
        contains(c.fix(), "Add your key", "platform.openai.com/api-keys");
        assertEverythingElseSkipped(r, "fix the configuration first");
        assertTrue(h.server.requests.isEmpty());
        assertEquals(c, r.firstFailure());
    }

    @Test
    void unusableUrlFailsWithTheCorrectedUrlAsFix() {
        TestReport r = new Harness().run(Harness.custom("http:/127.0.0.1:8080/v1", AuthStyle.NONE, null));
        StepResult c = expect(r, Step.CONFIGURATION, StepStatus.FAILED);
        contains(c.summary(), "base URL can't be used", "two slashes");
        contains(c.fix(), "Change the base URL to http://127.0.0.1:8080/v1");

        TestReport ftp = new Harness().run(Harness.custom("ftp://files.example.com", AuthStyle.NONE, null));
        contains(expect(ftp, Step.CONFIGURATION, StepStatus.FAILED).fix(), "Correct the base URL");
    }

    @Test
    void customHeaderWithoutNameFails() {
        ProviderConfig p = Harness.custom("https://llm.example.com/v1", AuthStyle.CUSTOM_HEADER, Harness.KEY);
        p.headerName = " ";
        StepResult c = expect(new Harness().run(p), Step.CONFIGURATION, StepStatus.FAILED);
        contains(c.summary(), "header has no name");
        contains(c.fix(), "Azure uses api-key");
    }

    @Test
    void keyWithSpaceInsideFailsThroughProviderValidation() {
        StepResult c = expect(new Harness().run(Harness.preset(Presets.OPENAI, "sk-abc def")), Step.CONFIGURATION,
            StepStatus.FAILED);
        contains(c.summary(), "API key");
        contains(c.fix(), "Copy it again");
    }

    @Test
    void keyOfAnotherProviderWarnsAndTestGoesOn() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("gpt-4o"));
        h.server.on("POST", "/chat/completions", 200, Harness.okStream());
        TestReport r = h.run(Harness.preset(Presets.OPENAI, "sk-or-v1-0123456789abcdef0123456789abcdef"));
        StepResult c = expect(r, Step.CONFIGURATION, StepStatus.WARNING);
        contains(c.summary(), "looks like an OpenRouter key", "sk-or-", "api.openai.com");
        contains(c.fix(), "https://openrouter.ai/api/v1");
        assertEquals(StepStatus.WARNING, r.overall());
        expect(r, Step.CHAT, StepStatus.OK);

        Finding groq = ConfigurationCheck.check(Harness.preset(Presets.OPENAI, "gsk_0123456789abcdefghij"));
        assertEquals(StepStatus.WARNING, groq.status());
        contains(groq.summary(), "a Groq key");
    }

    @Test
    void keyMatchingItsHostOrAGatewayPathIsNotFlagged() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        h.test.chatStep(false);
        ProviderConfig groq = Harness.preset(Presets.GROQ, "gsk_0123456789abcdefghij");
        expect(h.run(groq), Step.CONFIGURATION, StepStatus.OK);
        ProviderConfig gateway = Harness.custom("https://gateway.ai.cloudflare.com/v1/acct/gw/groq", AuthStyle.BEARER,
            "gsk_0123456789abcdefghij");
        expect(h.run(gateway), Step.CONFIGURATION, StepStatus.OK);
    }

    @Test
    void unconfirmedKeyOverHttpToARemoteHostFailsAtStepOneAndSendsNothing() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        TestReport r = h.run(Harness.custom("http://llm.example.com/v1", AuthStyle.BEARER, Harness.KEY));
        StepResult c = expect(r, Step.CONFIGURATION, StepStatus.FAILED);
        contains(c.summary(), "unencrypted over http://", "not confirmed");
        contains(c.fix(), "Use https://", "Send my key over an unencrypted connection");
        assertEverythingElseSkipped(r, "fix the configuration first");
        assertTrue(h.server.requests.isEmpty());
    }

    @Test
    void confirmedKeyOverHttpToARemoteHostStillWarns() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        h.test.chatStep(false);
        ProviderConfig p = Harness.custom("http://llm.example.com/v1", AuthStyle.BEARER, Harness.KEY);
        p.allowInsecureKey = true;
        StepResult c = expect(h.run(p), Step.CONFIGURATION, StepStatus.WARNING);
        contains(c.summary(), "unencrypted http://");
        contains(c.fix(), "https://llm.example.com/v1");
    }

    @Test
    void missingVersionPathOfAKnownServerWarnsWithTheUrl() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        h.test.chatStep(false);
        ProviderConfig p = Harness.ollama();
        p.baseUrl = "http://127.0.0.1:11434";
        h.server.on("POST", "/chat/completions", 400, "{}");
        StepResult c = expect(h.run(p), Step.CONFIGURATION, StepStatus.WARNING);
        contains(c.fix(), "http://127.0.0.1:11434/v1");
    }

    @Test
    void storedKeyWithAuthNoneWarnsThatItIsNeverSent() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        h.test.chatStep(false);
        StepResult c = expect(h.run(Harness.custom("https://llm.example.com/v1", AuthStyle.NONE, Harness.KEY)),
            Step.CONFIGURATION, StepStatus.WARNING);
        contains(c.summary(), "never sent");
        contains(c.fix(), "Bearer token");
    }

    @Test
    void okSummaryNamesTheNormalizedUrlAndHowTheKeyGoes() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        h.test.chatStep(false);
        ProviderConfig p = Harness.custom("  https://llm.example.com/v1/chat/completions/ ", AuthStyle.CUSTOM_HEADER, "my-server-token-123");
        p.headerName = "x-api-key";
        StepResult c = expect(h.run(p), Step.CONFIGURATION, StepStatus.OK);
        contains(c.summary(), "base URL https://llm.example.com/v1;", "in the x-api-key header");
        assertEquals("https://llm.example.com/v1/models", h.server.requests.get(0).url());
    }
}
