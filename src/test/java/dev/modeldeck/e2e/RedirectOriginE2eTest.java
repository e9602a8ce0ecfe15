package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.RecordedRequest;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testprovider.TestProvider;
import dev.modeldeck.testprovider.TestProviderExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Origin binding: a provider that answers with a redirect to another origin (a second test provider
 * on another port) must not get the key carried there. fetch runs with redirect: 'manual', so the
 * second server must receive no request at all, and the page says that a redirect was refused.
 */
class RedirectOriginE2eTest extends ConnectionTestSupport {
    static final String KEY = "sk-redirect-3b9f1c7e5a2d4f6081c9e7b5a3d1f0e2";
    @RegisterExtension
    static final TestProviderExtension ELSEWHERE = new TestProviderExtension();

    @BeforeEach
    void redirectEverything() {
        TestProvider elsewhere = ELSEWHERE.get();
        assertNotEquals(provider.port(), elsewhere.port());
        // Every provider endpoint answers 302 to the same path on the other server.
        provider.faults().add(Fault.status(302).contentType(null).header("Location", elsewhere.baseUrl() + "/models")
            .on(Target.MODELS).always());
        provider.faults().add(Fault.status(307).contentType(null).header("Location", elsewhere.baseUrl() + "/chat/completions")
            .on(Target.CHAT).always());
    }

    private void seedKeyedProvider(String name) {
        Settings s = new Settings();
        ProviderConfig p = new ProviderConfig("p1", name, provider.baseUrl());
        p.authStyle = AuthStyle.BEARER;
        p.apiKey = KEY;
        p.defaultModel = "demo-chat";
        dev.modeldeck.core.provider.CustomModel byHand = new dev.modeldeck.core.provider.CustomModel("demo-chat");
        byHand.addedByHand = true;
        p.customModels.add(byHand);
        s.providers.add(p);
        browser.seedLocalStorage(Map.of(StorageKeys.SETTINGS, s.toJson(true).toString()));
    }

    private void assertSecondServerUntouched() {
        List<RecordedRequest> received = ELSEWHERE.get().requests().all();
        assertEquals(0, received.size(), "the other origin received nothing: " + received);
    }

    @Test
    void discoveryRefusesTheRedirectAndExplainsIt() {
        seedKeyedProvider("Redirecting");
        browser.open("options.html");
        click("button", "Edit Redirecting");
        waitFor("discovery error", 20, () -> alertText().contains("Could not load models"));
        String alert = alertText();
        System.out.println("[redirect] discovery: " + alert);
        assertTrue(alert.toLowerCase().contains("redirect"), "the message names the redirect: " + alert);
        assertFalse(alert.contains(KEY), "no key in the message");
        RecordedRequest asked = provider.requests().last();
        assertTrue(asked.path().endsWith("/models"), "the provider itself was asked: " + asked.path());
        assertSecondServerUntouched();
        browser.screenshot("redirect-discovery");
    }

    @Test
    void connectionTestReportsTheRedirect() {
        fillForm("Redirect test", provider.baseUrl(), KEY);
        String report = runTest();
        System.out.println("[redirect] connection test:\n" + report);
        assertTrue(report.toLowerCase().contains("redirect"), "the report explains the redirect: " + report);
        assertFalse(report.contains(KEY));
        assertTrue(provider.requests().count(Target.MODELS) >= 1, "the provider's /models was tried");
        assertSecondServerUntouched();
        showReport();
        browser.screenshot("redirect-connection-test");
    }

    @Test
    void chatRefusesTheRedirectAndExplainsIt() {
        seedKeyedProvider("Redirecting chat");
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        org.openqa.selenium.WebElement box = find("textbox", "Message");
        box.sendKeys("Where does this go?");
        pressEnter(box);
        waitFor("error shown", 20, () -> alertText().length() > 0);
        String alert = alertText();
        System.out.println("[redirect] chat: " + alert);
        assertTrue(alert.toLowerCase().contains("redirect"), "the chat error names the redirect: " + alert);
        assertTrue(provider.requests().count(Target.CHAT) >= 1, "the provider's chat endpoint was tried");
        assertSecondServerUntouched();
        browser.screenshot("redirect-chat");
    }
}
