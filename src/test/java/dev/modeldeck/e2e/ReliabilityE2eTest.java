package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testprovider.TestProvider;
import dev.modeldeck.testprovider.TestProviderExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** Retries, timeouts, failover and the circuit breaker against injected faults, in the real chat page. */
class ReliabilityE2eTest extends E2eBase {
    @RegisterExtension
    static final TestProviderExtension BACKUP = new TestProviderExtension();

    private void seed(Long timeoutMs, Long idleMs, boolean chain) {
        Settings s = new Settings();
        ProviderConfig primary = new ProviderConfig("primary", "Primary", provider.baseUrl());
        primary.authStyle = AuthStyle.NONE;
        primary.timeoutMs = timeoutMs;
        primary.idleTimeoutMs = idleMs;
        ProviderConfig second = new ProviderConfig("backup", "Backup", BACKUP.get().baseUrl());
        second.authStyle = AuthStyle.NONE;
        s.providers.add(primary);
        s.providers.add(second);
        if (chain) {
            s.fallbackChains.add(new FallbackChain("Always answer",
                List.of(new FallbackStep("primary", "demo-chat"), new FallbackStep("backup", "demo-fast"))));
        }
        browser.seedLocalStorage(Map.of("modeldeck.settings", s.toJson(true).toString()));
    }

    private void pick(String startsWith) {
        chooseStartingWith("Model", startsWith);
    }

    private void sendAndWait(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
        waitFor("reply settled", 40, () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy"))
            && !conversation().isEmpty());
    }

    private String conversation() { return find("log", "Conversation").getText(); }

    private long chatRequests(TestProvider p) { return p.requests().count(Target.CHAT); }

    @Test
    void rateLimitedWithRetryAfterThenSucceeds() {
        seed(null, null, false);
        provider.faults().add(Fault.status(429).header("Retry-After", "1").on(Target.CHAT));
        browser.open("popup.html");
        pick("demo-chat — Primary");
        long start = System.currentTimeMillis();
        sendAndWait("429 then fine");
        assertTrue(conversation().contains("demo provider"), conversation());
        assertEquals(2, chatRequests(provider), "one retry after the 429");
        assertTrue(System.currentTimeMillis() - start >= 1000, "waited for Retry-After");
    }

    @Test
    void twoServerErrorsAreRetriedThenTheReplyArrives() {
        seed(null, null, false);
        provider.faults().add(Fault.status(500).on(Target.CHAT).times(2));
        browser.open("popup.html");
        pick("demo-chat — Primary");
        sendAndWait("500 twice");
        assertTrue(conversation().contains("demo provider"), conversation());
        assertEquals(3, chatRequests(provider));
    }

    @Test
    void threeServerErrorsFailOverToTheNextProviderInTheChain() {
        seed(null, null, true);
        provider.faults().add(Fault.status(500).on(Target.CHAT).times(3));
        browser.open("popup.html");
        pick("⛓ Always answer");
        sendAndWait("failover please");
        String log = conversation();
        assertTrue(log.contains("demo provider"), log);
        assertTrue(log.contains("demo-fast · Backup"), "the reply says who answered: " + log);
        assertTrue(log.contains("skipped") && log.contains("Primary"), "and why the first was skipped: " + log);
        assertEquals(3, chatRequests(provider));
        assertEquals(1, chatRequests(BACKUP.get()));
        browser.screenshot("chat-failover");
    }

    @Test
    void noHeadersInTimeGivesATimeoutMessage() {
        seed(2000L, null, false);
        provider.faults().add(Fault.delayHeaders(6000).on(Target.CHAT));
        browser.open("popup.html");
        pick("demo-chat — Primary");
        sendAndWait("slow start");
        waitFor("timeout alert", () -> alertText().contains("No answer within 2 s"));
        assertEquals(1, chatRequests(provider), "a headers timeout is not retried");
    }

    @Test
    void aStallMidStreamKeepsThePartialReplyAndIsNotRetried() {
        seed(null, 2000L, false);
        provider.faults().add(Fault.stallAfter(4).on(Target.CHAT));
        browser.open("popup.html");
        pick("demo-chat — Primary");
        sendAndWait("stall midway");
        String log = conversation();
        assertTrue(log.contains("You said"), "partial kept: " + log);
        assertTrue(log.contains("Incomplete"), log);
        assertEquals(1, chatRequests(provider), "never retried after the first byte");
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndRecoversAfterItsCooldown() throws Exception {
        seed(null, null, false);
        provider.faults().add(Fault.status(503).on(Target.CHAT).always());
        browser.open("popup.html");
        pick("demo-chat — Primary");
        sendAndWait("fail 1");
        assertEquals(3, chatRequests(provider), "first send: the request and its two retries");
        sendAndWait("fail 2");
        waitFor("breaker message", () -> alertText().contains("paused"));
        assertEquals(3, chatRequests(provider), "an open breaker fails fast without calling the server");
        browser.open("options.html");
        assertTrue(listText("Providers").contains("breaker open"), listText("Providers"));
        browser.screenshot("options-breaker-open");

        provider.faults().clear();
        Thread.sleep(31_000);
        browser.open("popup.html");
        pick("demo-chat — Primary");
        sendAndWait("recovered?");
        assertTrue(conversation().contains("You said: recovered?"), conversation());
    }
}
