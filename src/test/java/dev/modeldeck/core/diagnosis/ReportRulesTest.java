package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static dev.modeldeck.core.diagnosis.Harness.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRulesTest {
    @Test
    void listenerHearsEachStepInOrderBeforeTheNextRequest() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        h.server.on("POST", "/chat/completions", 200, Harness.okStream());
        TestReport r = h.run(Harness.openai());
        List<Step> order = new ArrayList<>();
        for (StepResult s : h.heard) {
            order.add(s.step());
        }
        assertEquals(List.of(Step.values()), order);
        assertEquals(r.steps(), h.heard);
        assertEquals(List.of(0, 0, 1, 1, 1, 1, 2), h.requestsWhenHeard, "each step is told as soon as it ends");
    }

    @Test
    void cancellingDuringTheListRequestSkipsEveryRemainingStep() {
        Harness h = new Harness();
        Cancellation cancel = new Cancellation();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m")).onSend(cancel::cancel);
        TestReport r = h.run(Harness.openai(), null, cancel);
        expect(r, Step.CONFIGURATION, StepStatus.OK);
        expect(r, Step.PERMISSION, StepStatus.OK);
        for (Step s : new Step[] {Step.REACH, Step.ORIGIN, Step.AUTHENTICATION, Step.MODELS, Step.CHAT}) {
            contains(expect(r, s, StepStatus.SKIPPED).summary(), "cancelled");
        }
        assertTrue(r.cancelled());
        assertEquals(StepStatus.SKIPPED, r.overall());
        assertNull(r.firstFailure());
    }

    @Test
    void cancellingBeforeTheStartSendsNothing() {
        Harness h = new Harness();
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        TestReport r = h.run(Harness.openai(), null, cancel);
        assertTrue(h.server.requests.isEmpty());
        contains(expect(r, Step.PERMISSION, StepStatus.SKIPPED).summary(), "cancelled");
    }

    @Test
    void cancellingDuringTheChatStreamSkipsOnlyTheChat() {
        Harness h = new Harness();
        Cancellation cancel = new Cancellation();
        h.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        h.server.on("POST", "/chat/completions", 200, Harness.okStream()).onSend(cancel::cancel);
        TestReport r = h.run(Harness.openai(), null, cancel);
        expect(r, Step.MODELS, StepStatus.OK);
        contains(expect(r, Step.CHAT, StepStatus.SKIPPED).summary(), "cancelled");
        assertTrue(r.cancelled());
    }

    @Test
    void textHasOneLinePerStepWithItsWordAndFix() {
        Harness h = new Harness();
        h.server.on("GET", "/models", 401, Fixtures.text("errors/openai-401.json"));
        TestReport r = h.run(Harness.openai());
        String[] lines = r.toText().split("\n");
        assertEquals(7, lines.length);
        assertTrue(lines[0].startsWith("Configuration: ok \u2014 "), lines[0]);
        assertTrue(lines[4].startsWith("Authentication: failed \u2014 "), lines[4]);
        contains(lines[4], " Fix: Check that the key");
        assertTrue(lines[6].startsWith("Chat: skipped \u2014 "), lines[6]);
        assertFalse(lines[0].contains("Fix:"));
    }

    @Test
    void plantedKeyNeverAppearsEvenWhenServersEchoIt() {
        String echo = "Incorrect API key provided: " + Harness.KEY + " (Bearer " + Harness.KEY + ")";
        List<TestReport> reports = new ArrayList<>();

        Harness a = new Harness();
        a.server.on("GET", "/models", 401, "{\"error\":{\"message\":\"" + echo + "\",\"code\":\"" + Harness.KEY + "\"}}")
            .header("x-request-id", Harness.KEY);
        reports.add(a.run(Harness.openai()));

        Harness b = new Harness();
        b.server.on("GET", "/models", 200, "<html><body>key=" + Harness.KEY + " " + echo + "</body></html>");
        reports.add(b.run(Harness.custom("https://llm.example.com", AuthStyle.BEARER, Harness.KEY)));

        Harness c = new Harness();
        c.server.on("GET", "/models", 200, Harness.modelsJson(Harness.KEY));
        c.server.on("POST", "/chat/completions", 200,
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + Harness.KEY + "\"},\"finish_reason\":\"stop\"}]}\n\n",
            "data: [DONE]\n\n");
        reports.add(c.run(Harness.openai()));

        Harness d = new Harness();
        d.server.on("GET", "/models", 200, Harness.modelsJson("m"));
        d.server.on("POST", "/chat/completions", 429, "{\"error\":{\"message\":\"" + echo + "\",\"type\":\"insufficient_quota\"}}");
        reports.add(d.run(Harness.openai()));

        Harness e = new Harness();
        e.server.fail("GET", "/models", new dev.modeldeck.core.net.NetException(
            dev.modeldeck.core.net.NetException.Kind.NETWORK, "Failed to fetch " + Harness.KEY));
        ProviderConfig named = Harness.openai();
        named.name = "Mine " + Harness.KEY;
        reports.add(e.run(named));

        Harness f = new Harness();
        ProviderConfig header = Harness.custom("https://x.openai.azure.com/openai/v1", AuthStyle.CUSTOM_HEADER, Harness.KEY);
        header.headerName = "api-key";
        f.server.on("GET", "/models", 401, "{\"error\":{\"message\":\"key " + Harness.KEY + " denied\"}}");
        reports.add(f.run(header));

        for (TestReport r : reports) {
            Harness.assertNoKey(r);
            for (TestAllRow row : new TestAllRow[] {new TestAllRow("x", r.providerName(), r)}) {
                assertFalse(row.toText().contains(Harness.KEY), row.toText());
            }
        }
        assertTrue(reports.get(0).toText().contains("[redacted]"), reports.get(0).toText());
    }
}
