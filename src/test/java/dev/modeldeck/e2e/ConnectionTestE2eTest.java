package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Faults;
import dev.modeldeck.testprovider.Target;
import org.junit.jupiter.api.Test;

/** The step-by-step connection test in the real options page, against the local test provider and its faults. */
class ConnectionTestE2eTest extends ConnectionTestSupport {

    @Test
    void healthyLocalServerPassesEveryStep() {
        fillForm("Local demo", provider.baseUrl(), null);
        String report = runTest();
        for (String s : STEPS) {
            assertEquals("ok", status(s), s + " — " + report);
        }
        assertTrue(step("chat").contains("replied"), report);
        assertTrue(step("models").contains("demo-chat") || step("models").contains("models"), report);
        assertFalse(A11y.exists(d(), "button", "Cancel test"), "no cancel button once finished");
        showReport();
        browser.screenshot("connection-test-pass");
    }

    @Test
    void serverDownFailsAtReachAndSaysNothingIsListening() throws Exception {
        int port = closedPort();
        fillForm("Nothing here", "http://127.0.0.1:" + port + "/v1", null);
        String report = runTest();
        assertEquals("ok", status("permission"), report);
        assertEquals("failed", status("reach"), report);
        assertTrue(step("reach").contains("nothing is listening on 127.0.0.1:" + port), report);
        assertTrue(step("reach").contains("Fix:") && step("reach").contains("base URL"), report);
        assertEquals("skipped", status("chat"), report);
        showReport();
        browser.screenshot("connection-test-down");
    }

    @Test
    void slowServerFailsAtReachWithTheProvidersTimeout() {
        provider.faults().add(Fault.delayHeaders(5000).on(Target.MODELS).always());
        fillForm("Slow", provider.baseUrl(), null);
        openAdvanced();
        type("textbox", "Request timeout (seconds)", "2");
        String report = runTest();
        assertEquals("failed", status("reach"), report);
        assertTrue(step("reach").contains("no answer in 2"), report);
        assertTrue(step("reach").contains("raise this provider's timeout"), report);
    }

    @Test
    void wrongKeyFailsAtAuthentication() {
        provider.faults().requireBearer("sk-right-key-0000000000");
        fillForm("Keyed", provider.baseUrl(), "sk-wrong-key-1111111111");
        String report = runTest();
        assertEquals("ok", status("reach"), report);
        assertEquals("failed", status("authentication"), report);
        assertTrue(step("authentication").contains("refused the key (HTTP 401)"), report);
        assertTrue(step("authentication").contains("Fix: Check that the key is complete"), report);
        assertFalse(report.contains("sk-wrong-key-1111111111"), "the key never appears in the report");
        showReport();
        browser.screenshot("connection-test-401");
    }

    @Test
    void originRefusalIsDiagnosedAndTheRuleFixesIt() {
        provider.faults().rejectExtensionOrigin(Faults.OriginRule.POST);
        addLocalProvider("Ollama-like");
        click("button", "Edit Ollama-like");
        String report = runTest();
        assertEquals("ok", status("reach"), "GET carries no Origin: " + report);
        assertEquals("failed", status("origin"), report);
        assertTrue(step("origin").contains("HTTP 403 with an empty body"), report);
        assertTrue(step("origin").contains("Fix: Turn on “Remove the Origin header for this server”"), report);
        showReport();
        browser.screenshot("connection-test-origin");

        click("button", "Turn on the Origin rule");
        assertTrue(find("checkbox", "Remove the Origin header for this server").isSelected());
        assertTrue(statusText().contains("Save the provider"), statusText());
        click("button", "Save");
        waitFor("saved", () -> statusText().contains("Saved"));
        report = runTest();
        assertEquals("ok", status("origin"), report);
        assertTrue(step("origin").contains("rule removing the Origin header is active"), report);
        assertEquals("ok", status("chat"), report);
    }

    @Test
    void missingModelListIsAWarningToAddModelsByHand() {
        provider.faults().add(Fault.status(404).on(Target.MODELS).always());
        fillForm("No list", provider.baseUrl(), null);
        String report = runTest();
        assertEquals("warning", status("models"), report);
        assertTrue(step("models").contains("Add models by hand"), report);
        assertFalse(report.contains(": failed"), report);
    }

    @Test
    void htmlErrorPageIsExplained() {
        provider.faults().add(Fault.html(502).always());
        fillForm("Behind a proxy", provider.baseUrl(), null);
        String report = runTest();
        assertEquals("failed", status("models"), report);
        assertTrue(step("models").contains("502"), report);
        assertTrue(step("models").contains("Fix:"), report);
        assertFalse(report.contains("<html"), "no raw HTML in the report: " + report);
    }

    @Test
    void chatRateLimitSaysHowLongToWait() {
        provider.faults().add(Fault.status(429).header("Retry-After", "2").on(Target.CHAT).always());
        fillForm("Busy", provider.baseUrl(), null);
        String report = runTest();
        assertEquals("ok", status("models"), report);
        assertEquals("failed", status("chat"), report);
        assertTrue(step("chat").contains("HTTP 429"), report);
        assertTrue(step("chat").contains("Wait 2"), report);
    }

    @Test
    void nonStreamingServerIsAWarning() {
        provider.faults().add(Fault.nonStreaming().always());
        fillForm("Buffered", provider.baseUrl(), null);
        String report = runTest();
        assertEquals("warning", status("chat"), report);
        assertTrue(step("chat").contains("doesn't stream"), report);
    }
}
