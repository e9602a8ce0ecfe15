package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * axe-core audits every page in its main states, in light and in dark colours (prefers-color-scheme
 * emulated), and fails on any serious or critical violation: names, roles, contrast, landmarks.
 */
class AccessibilityAuditTest extends E2eBase {


    @AfterEach
    void restoreEmulation() {
        AxeAudit.colorScheme(d(), null);
        AxeAudit.viewport(d(), 0, 0);
    }

    /** Audits the page as it is now in both colour schemes; optionally saves a screenshot of each. */
    private void audit(String state, String screenshot) {
        List<AxeAudit.Violation> all = new ArrayList<>();
        for (String scheme : new String[] {"light", "dark"}) {
            AxeAudit.colorScheme(d(), scheme);
            all.addAll(AxeAudit.run(d(), state + "/" + scheme));
            if (screenshot != null) {
                browser.screenshot("a11y-" + (ui.isEnglish() ? "" : ui.language() + "-") + screenshot + "-" + scheme);
            }
        }
        CatalogCheck.assertFromCatalog(d(), ui, state, dataShown());
        List<AxeAudit.Violation> blocking = new ArrayList<>();
        for (AxeAudit.Violation v : all) {
            System.out.println("axe " + v);
            if (v.blocking()) {
                blocking.add(v);
            }
        }
        assertTrue(blocking.isEmpty(), "serious/critical accessibility violations:\n" + join(blocking));
    }

    /** What the tests put on the page that is not the extension's wording. */
    private List<String> dataShown() {
        List<String> data = new ArrayList<>(List.of("Local demo", "Second demo", "Slow demo", "Broken demo",
            "Tell me a long story", "Will this fail?", "Show me some code", "Hello", "modeldeck-demo",
            "http://127.0.0.1:1/v1", "https://api.groq.com/openai/v1"));
        data.addAll(dev.modeldeck.testprovider.ModelLists.DEMO_IDS);
        data.add(provider.baseUrl());
        data.add("127.0.0.1:" + provider.port());
        data.add("127.0.0.1");
        data.addAll(BrandNames.ALL);
        data.addAll(OldConversationsSeed.TITLES);
        return data;
    }

    private static String join(List<AxeAudit.Violation> vs) {
        StringBuilder sb = new StringBuilder();
        for (AxeAudit.Violation v : vs) {
            sb.append(v).append('\n');
        }
        return sb.toString();
    }

    private void waitNotBusy(String role, String name) {
        waitFor(name + " done", 20, () -> !"true".equals(find(role, name).getAttribute("aria-busy")));
    }

    private String conversationText() { return find("log", "Conversation").getText(); }

    private void send(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
    }

    /** The harness itself: axe runs despite the page's CSP, sees both schemes, and flags what it must. */
    @Test
    void theAuditCatchesAnUnlabelledFieldAndTextThatFadesInDarkMode() {
        browser.open("options.html");
        js("var i = document.createElement('input'); i.type = 'text'; i.id = 'planted-field';"
            + "var p = document.createElement('p'); p.id = 'planted-text'; p.textContent = 'Readable only in light';"
            + "p.style.color = '#333333'; var app = document.getElementById('app'); app.appendChild(i); app.appendChild(p);");
        AxeAudit.colorScheme(d(), "light");
        List<AxeAudit.Violation> light = AxeAudit.run(d(), "planted/light");
        AxeAudit.colorScheme(d(), "dark");
        List<AxeAudit.Violation> dark = AxeAudit.run(d(), "planted/dark");
        assertTrue(has(light, "label", "critical", "#planted-field"), "unlabelled field found: " + light);
        assertFalse(has(light, "color-contrast", "serious", "#planted-text"), "dark grey passes on white: " + light);
        assertTrue(has(dark, "color-contrast", "serious", "#planted-text"), "dark grey fails on the dark background: " + dark);
    }

    /** The catalog check itself: a planted literal fails it, the page's own words and the test's data pass. */
    @Test
    void theCatalogCheckCatchesAStringThatBypassesTheCatalog() {
        seedProviders("Local demo");
        browser.open("options.html");
        waitFor("list", () -> items("Providers").size() == 1);
        CatalogCheck.assertFromCatalog(d(), ui, "options before planting", dataShown());
        js("var p = document.createElement('p'); p.textContent = 'Planted words 12'; document.getElementById('app').appendChild(p);");
        AssertionError planted = assertThrows(AssertionError.class,
            () -> CatalogCheck.assertFromCatalog(d(), ui, "planted", dataShown()));
        assertTrue(planted.getMessage().contains("Planted words 12"), planted.getMessage());
        assertEquals(ui.isEnglish() ? "en" : ui.language(), js("return document.documentElement.lang"));
    }

    private static boolean has(List<AxeAudit.Violation> vs, String rule, String impact, String target) {
        for (AxeAudit.Violation v : vs) {
            if (v.rule().equals(rule) && v.impact().equals(impact) && v.blocking() && v.targets().toString().contains(target)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void optionsPageWithNoProviders() {
        browser.open("options.html");
        audit("options empty", null);
    }

    @Test
    void optionsPageListingProviders() {
        seedProviders("Local demo", "Second demo");
        browser.open("options.html");
        waitFor("list", () -> items("Providers").size() == 2);
        audit("providers listed", null);
    }

    @Test
    void providerFormShowingValidationErrors() {
        seedProviders("Local demo");
        browser.open("options.html");
        click("button", "Add provider");
        type("textbox", "Name", "Local demo");
        type("textbox", "Base URL", "not a url");
        click("button", "Save");
        waitFor("field errors", () -> alertText().length() > 0);
        audit("form errors", null);
    }

    @Test
    void connectionTestReport() {
        seedProviders("Local demo");
        browser.open("options.html");
        click("button", "Edit Local demo");
        click("button", "Test connection");
        waitFor("report", () -> exists("region", "Connection test"));
        waitNotBusy("region", "Connection test");
        audit("connection test report", null);
    }

    @Test
    void modelsListOfAProvider() {
        seedProviders("Local demo", "Second demo");
        browser.open("options.html");
        click("button", "Edit Local demo");
        waitFor("models", () -> items("Models").size() >= 4);
        audit("models list", "options");
    }

    @Test
    void chatPopupEmpty() {
        seedProviders("Local demo");
        AxeAudit.viewport(d(), 400, 580);
        browser.open("popup.html");
        audit("popup empty", "popup");
    }

    @Test
    void chatWhileAReplyStreams() {
        seedProviders("Slow demo");
        // A word a second: the reply (~40 words) outlasts the audit even on a machine loaded 10× over
        // (at 150 ms a word, a load average of 20 let the reply finish before axe did). Stop ends it early.
        provider.content().wordDelayMs(1000);
        AxeAudit.viewport(d(), 400, 580);
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        send("Tell me a long story");
        waitFor("first words", () -> conversationText().contains("You said"));
        assertEquals("true", find("log", "Conversation").getAttribute("aria-busy"));
        audit("chat mid-stream", null);
        assertEquals("true", find("log", "Conversation").getAttribute("aria-busy"), "audited while the reply was still streaming");
        click("button", "Stop");
        waitNotBusy("log", "Conversation");
    }

    @Test
    void chatShowingAProviderError() {
        seedProviders("Broken demo");
        provider.faults().add(Fault.status(500).on(Target.CHAT).always());
        AxeAudit.viewport(d(), 400, 580);
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        send("Will this fail?");
        waitNotBusy("log", "Conversation");
        waitFor("error alert", () -> alertText().length() > 0);
        audit("chat error alert", null);
    }

    @Test
    void conversationListReviewingOldConversations() {
        seedProviders(OldConversationsSeed.four(), "Local demo");
        AxeAudit.viewport(d(), 400, 580);
        browser.open("popup.html");
        click("button", "Conversations");
        waitFor("conversations listed", () -> listText("Saved conversations").contains("Old recipe"));
        choose("Delete conversations older than", "90 days");
        click("button", "Review old conversations");
        waitFor("review", () -> exists("button", "Delete 3 conversations"));
        audit("old conversations review", "old-conversations");
    }

    @Test
    void sidePanelAt320PixelsWithAReply() {
        seedProviders("Local demo");
        AxeAudit.viewport(d(), 320, 700);
        browser.open("sidepanel.html");
        chooseStartingWith("Model", "demo-chat ");
        send("Show me some code");
        waitFor("reply", () -> conversationText().contains("demo provider"));
        waitNotBusy("log", "Conversation");
        audit("side panel 320 px", "sidepanel-320");
    }

    @Test
    void hiddenModelsTestAllTableAndUndoBar() {
        seedProviders("Local demo", "Second demo");
        browser.open("options.html");
        click("button", "Edit Local demo");
        waitFor("models", () -> items("Models").size() >= 4);
        click("button", "Hide demo-embed-small");
        waitFor("hidden", () -> exists("button", "Show demo-embed-small"));
        click("button", "Test all");
        waitFor("table", () -> exists("region", "Test all results"));
        waitNotBusy("region", "Test all results");
        click("button", "Delete Second demo");
        waitFor("undo", () -> exists("button", "Undo"));
        audit("hidden model, test-all table, undo bar", null);
    }

    @Test
    void exportDialogImportPreviewAndShortcutsDialog() {
        seedProviders("Local demo");
        browser.open("options.html");
        click("button", "Export");
        waitFor("export", () -> exists("button", "Download"));
        audit("export dialog", null);
        click("button", "Close export");
        click("button", "Import");
        type("textbox", "Paste base URLs", "http://127.0.0.1:1/v1\nhttps://api.groq.com/openai/v1");
        click("button", "Preview");
        waitFor("preview", () -> exists("button", "Apply import"));
        audit("import preview", null);
        click("button", "Keyboard shortcuts");
        audit("shortcuts dialog", "shortcuts");
    }

    @Test
    void chatConversationsDrawerAndShortcuts() {
        seedProviders("Local demo");
        AxeAudit.viewport(d(), 400, 580);
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        send("Hello");
        waitFor("reply", () -> conversationText().contains("demo provider"));
        waitNotBusy("log", "Conversation");
        click("button", "Conversations");
        audit("conversations drawer", "popup-drawer");
        click("button", "Conversations");
        click("button", "New chat");
        js("arguments[0].focus();", find("button", "New chat"));
        new org.openqa.selenium.interactions.Actions(d()).sendKeys("?").perform();
        waitFor("shortcuts", () -> exists("dialog", "Keyboard shortcuts"));
        audit("chat shortcuts dialog", "popup-shortcuts");
    }
}
