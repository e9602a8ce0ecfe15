package dev.modeldeck.e2e;

import static dev.modeldeck.testsupport.LegacyAssertions.OPENAI_BASIC;
import static dev.modeldeck.testsupport.LegacyAssertions.assertMigratedProvider;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.testprovider.RecordedRequest;
import dev.modeldeck.testsupport.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Provider management in the real options page against the local test provider. */
class ProviderManagementTest extends E2eBase {

    @Test
    void customProviderIsAddedAndItsModelsAppear() {
        addLocalProvider("Local demo");
        waitFor("models listed", () -> listText("Models").contains("demo-chat"));
        String providers = listText("Providers");
        assertTrue(providers.contains("Local demo") && providers.contains("enabled"), providers);
        assertTrue(listText("Models").contains("demo-embed-small"), "embedding model listed in the options page");
        browser.screenshot("options-provider-added");
    }

    @Test
    void presetFillsTheFormAndTheKeyIsSentAsBearer() {
        provider.faults().requireBearer("gsk-test-key-123456");
        browser.open("options.html");
        click("button", "Add provider");
        choose("Preset", "Groq");
        assertEquals("https://api.groq.com/openai/v1", find("textbox", "Base URL").getAttribute("value"));
        assertEquals("Groq", find("textbox", "Name").getAttribute("value"));
        assertEquals("Bearer token", new org.openqa.selenium.support.ui.Select(find("combobox", "Authentication")).getFirstSelectedOption().getText());
        type("textbox", "Base URL", provider.baseUrl());
        type("textbox", "API key", "gsk-test-key-123456");
        assertEquals("password", find("textbox", "API key").getAttribute("type"), "key is masked");
        click("button", "Save");
        waitFor("models of the keyed provider", () -> listText("Models").contains("demo-chat"));
        RecordedRequest last = provider.requests().last();
        assertEquals("Bearer gsk-test-key-123456", last.header("Authorization"));
        assertFalse(d().getPageSource().contains("gsk-test-key-123456") && !"text".equals(find("textbox", "API key").getAttribute("type"))
            && d().findElement(org.openqa.selenium.By.tagName("body")).getText().contains("gsk-test-key-123456"),
            "the key is not shown as text anywhere on the page");
    }

    @Test
    void editDisableReloadAndDeleteWithUndo() {
        addLocalProvider("First");
        addLocalProvider("Second");
        click("button", "Edit First");
        type("textbox", "Name", "First renamed");
        click("button", "Save");
        waitFor("rename saved", () -> listText("Providers").contains("First renamed"));
        click("button", "Disable Second");
        waitFor("disabled", () -> listText("Providers").contains("disabled"));

        browser.open("options.html");
        String afterReload = listText("Providers");
        assertTrue(afterReload.contains("First renamed"), afterReload);
        assertTrue(afterReload.indexOf("Second") > 0 && afterReload.substring(afterReload.indexOf("Second")).contains("disabled"), afterReload);

        click("button", "Delete Second");
        waitFor("deleted", () -> !listText("Providers").contains("Second"));
        assertTrue(browser.js("return document.querySelector('.undo-bar').textContent").toString().contains("Deleted"));
        browser.screenshot("options-undo-delete");
        click("button", "Undo");
        waitFor("restored", () -> listText("Providers").contains("Second"));
        browser.open("options.html");
        assertTrue(listText("Providers").contains("Second"), "undo persisted");
    }

    @Test
    void duplicateNamesAndBadUrlsAreRefusedWithReasons() {
        addLocalProvider("Same");
        click("button", "Add provider");
        type("textbox", "Name", "same");
        type("textbox", "Base URL", "javascript:alert(1)");
        click("button", "Save");
        waitFor("alert", () -> alertText().startsWith("Not saved"));
        String page = d().findElement(org.openqa.selenium.By.tagName("body")).getText();
        assertTrue(page.toLowerCase().contains("already"), "duplicate name explained: " + page);
        assertEquals(1, items("Providers").size(), "nothing saved");
        String urlProblem = "addresses can't be used";
        assertEquals(page.indexOf(urlProblem), page.lastIndexOf(urlProblem), "the URL problem is said once: " + page);
        assertTrue(page.contains(urlProblem), page);
        browser.screenshot("options-validation-errors");
    }

    @Test
    void pastedFullEndpointIsReducedAndAFixIsOffered() {
        browser.open("options.html");
        click("button", "Add provider");
        type("textbox", "Base URL", "  https://api.openai.com/v1/chat/completions ");
        String body = d().findElement(org.openqa.selenium.By.tagName("body")).getText();
        assertTrue(body.contains("chat/completions"), body);
        type("textbox", "Base URL", "https://api.openai.com");
        waitFor("v1 fix offered", () -> !A11y.all(d(), "button", "Use https://api.openai.com/v1").isEmpty());
        click("button", "Use https://api.openai.com/v1");
        assertEquals("https://api.openai.com/v1", find("textbox", "Base URL").getAttribute("value"));
    }

    @Test
    void legacySingleProviderSetupMigratesWithItsHistory() throws Exception {
        browser.seedLocalStorage(Fixtures.legacyKeys("openai-basic.json"));
        browser.open("options.html");
        String providers = listText("Providers");
        assertTrue(providers.contains("OpenAI") || providers.contains("api.openai.com"), providers);
        assertEquals("sk-legacy-example-0001", browser.js("return localStorage.getItem('openai_api_key')"), "legacy keys left in place");
        String settings = (String) browser.js("return localStorage.getItem('modeldeck.settings')");
        assertMigratedProvider(Settings.fromJson(JsonParser.parse(settings)), OPENAI_BASIC);
        String convs = (String) browser.js("return localStorage.getItem('modeldeck.conv.legacy-v1')");
        assertTrue(convs.contains("Hello! How can I help?"), "history migrated: " + convs);
        browser.open("options.html");
        assertEquals(1, items("Providers").size(), "migration runs once");
        browser.screenshot("options-legacy-migrated");
        // The chat page then moves that history into IndexedDB and drops the localStorage copy once verified.
        browser.open("popup.html");
        waitFor("history in IndexedDB", () -> historyDump().contains("Hello! How can I help?"));
        waitFor("localStorage copy removed", () -> browser.js("return localStorage.getItem('modeldeck.conv.legacy-v1')") == null);
        assertTrue(chatLog().contains("Hello! How can I help?"), "the v1 history is shown: " + chatLog());
    }

    @Test
    void anotherWindowsChangeShowsUpWithoutReload() {
        addLocalProvider("Shared");
        String first = d().getWindowHandle();
        d().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.open("options.html");
        click("button", "Disable Shared");
        waitFor("disabled in tab 2", () -> listText("Providers").contains("disabled"));
        d().close();
        d().switchTo().window(first);
        waitFor("tab 1 updated by the storage event", () -> listText("Providers").contains("disabled"));
    }

    @Test
    void originRuleLetsAnOllamaStyleServerAcceptPosts() {
        provider.faults().rejectExtensionOrigin(dev.modeldeck.testprovider.Faults.OriginRule.ALL);
        addLocalProvider("Strict local");
        String post = "return fetch(url + '/chat/completions', {method:'POST', headers:{'Content-Type':'application/json'},"
            + " body: JSON.stringify({model:'demo-chat', messages:[{role:'user', content:'hi'}]})}).then(r => r.status, e => 'network: ' + e.message)";
        Object before = ((org.openqa.selenium.JavascriptExecutor) d()).executeAsyncScript(
            "var cb = arguments[arguments.length-1]; var url = arguments[0]; (function(){" + post + "})().then(cb);", provider.baseUrl());
        assertEquals("403", String.valueOf(before), "without the rule the server refuses the extension origin");
        click("button", "Edit Strict local");
        d().findElement(org.openqa.selenium.By.cssSelector("details.advanced summary")).click();
        find("checkbox", "Remove the Origin header for this server").click();
        click("button", "Save");
        waitFor("saved", () -> statusText().contains("Saved"));
        Object status = ((org.openqa.selenium.JavascriptExecutor) d()).executeAsyncScript(
            "var cb = arguments[arguments.length-1]; var url = arguments[0]; (function(){" + post + "})().then(cb);", provider.baseUrl());
        Object rules = ((org.openqa.selenium.JavascriptExecutor) d()).executeAsyncScript(
            "var cb = arguments[arguments.length-1]; chrome.declarativeNetRequest.getSessionRules().then(r => cb(JSON.stringify(r)), e => cb('err ' + e));");
        assertEquals("200", String.valueOf(status), "the session rule removed the Origin header; rules: " + rules);
        RecordedRequest last = provider.requests().last();
        assertNull(last.header("Origin"));
    }

    @Test
    void unknownAuthStyleIsFlaggedAndMustBeChosenBeforeSaving() {
        dev.modeldeck.core.store.Settings s = new dev.modeldeck.core.store.Settings();
        dev.modeldeck.core.provider.ProviderConfig p =
            new dev.modeldeck.core.provider.ProviderConfig("p-odd", "Odd auth", provider.baseUrl());
        p.apiKey = "sk-odd-0123456789abcdef";
        p.unknownAuth = "hmac-v2"; // as a newer build or a hand edit would store it
        s.providers.add(p);
        browser.seedLocalStorage(Map.of("modeldeck.settings", s.toJson(true).toString()));
        browser.open("options.html");
        waitFor("listed", () -> A11y.exists(d(), "button", "Edit Odd auth"));
        assertTrue(listText("Providers").contains("unknown authentication"), listText("Providers"));

        click("button", "Edit Odd auth");
        String shown = (String) js("return document.getElementById('msg-auth').textContent");
        assertTrue(shown.contains("“hmac-v2”") && shown.contains("no key is sent"), shown);
        click("button", "Save");
        waitFor("refused", () -> alertText().startsWith("Not saved"));
        assertTrue(((String) js("return localStorage.getItem('modeldeck.settings')")).contains("\"auth\":\"hmac-v2\""),
            "kept as stored until the user chooses");

        choose("Authentication", "Bearer token");
        click("button", "Save");
        waitFor("saved", () -> !listText("Providers").contains("unknown authentication"));
        assertTrue(((String) js("return localStorage.getItem('modeldeck.settings')")).contains("\"auth\":\"bearer\""));
    }
}
