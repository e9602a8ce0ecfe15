package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Everything by keyboard: tab order reaches every control with a visible focus ring, Esc closes, ? helps, focus follows changes. */
class KeyboardE2eTest extends E2eBase {

    /** Marks every control a Tab should reach (visible, enabled, not removed from the tab order) with data-kb. */
    private static final String MARK_TABBABLE = "var out = [];"
        + "document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').forEach(function (e, i) {"
        + "  if (e.disabled || e.tabIndex < 0) { return; }"
        + "  var r = e.getBoundingClientRect();"
        + "  if ((r.width === 0 && r.height === 0) || getComputedStyle(e).visibility === 'hidden') { return; }"
        + "  if (e.type === 'radio' && !e.checked) { return; }"
        + "  var closed = e.closest('details:not([open])');"
        + "  if (closed && !(e.localName === 'summary' && e.parentElement === closed)) { return; }"
        + "  e.dataset.kb = String(i); out.push(String(i) + ' ' + (e.getAttribute('aria-label') || e.textContent || e.id || e.localName).trim().slice(0, 30));"
        + "});"
        + "return out;";

    /** The focused control's mark and whether its focus ring is visible against the page. */
    private static final String FOCUSED = "var e = document.activeElement; if (!e || e === document.body) { return null; }"
        + "var s = getComputedStyle(e), bg = getComputedStyle(document.body).backgroundColor;"
        + "var ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== bg;"
        + "return (e.dataset.kb || '?' + e.localName) + (ring ? '' : ' NO-RING');";

    @AfterEach
    void restore() {
        AxeAudit.colorScheme(d(), null);
    }

    private boolean shortcutsOpen() { return A11y.exists(d(), "dialog", "Keyboard shortcuts"); }

    private WebElement focused() { return d().switchTo().activeElement(); }

    private String focusedName() { return focused().getAccessibleName().trim(); }

    private void press(CharSequence key) { new Actions(d()).sendKeys(key).perform(); }

    /** Tabs from the top of the page through every control in both colour schemes. */
    @SuppressWarnings("unchecked")
    private void assertTabReachesEveryControlWithAVisibleRing(String where) {
        for (String scheme : new String[] {"light", "dark"}) {
            AxeAudit.colorScheme(d(), scheme);
            List<String> expected = (List<String>) js(MARK_TABBABLE);
            Set<String> expectedIds = new LinkedHashSet<>();
            for (String e : expected) {
                expectedIds.add(e.substring(0, e.indexOf(' ')));
            }
            js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
            Set<String> reached = new LinkedHashSet<>();
            List<String> noRing = new ArrayList<>();
            for (int i = 0; i < expected.size() + 3; i++) {
                press(Keys.TAB);
                String f = (String) js(FOCUSED);
                if (f == null) {
                    continue;
                }
                String id = f.endsWith(" NO-RING") ? f.substring(0, f.length() - 8) : f;
                if (f.endsWith(" NO-RING")) {
                    noRing.add(id);
                }
                if (!reached.add(id)) {
                    break; // wrapped around
                }
            }
            Set<String> missed = new LinkedHashSet<>(expectedIds);
            missed.removeAll(reached);
            List<String> missedNames = new ArrayList<>();
            for (String e : expected) {
                if (missed.contains(e.substring(0, e.indexOf(' ')))) {
                    missedNames.add(e);
                }
            }
            assertTrue(missedNames.isEmpty(), where + "/" + scheme + ": Tab never reaches " + missedNames);
            assertTrue(noRing.isEmpty(), where + "/" + scheme + ": no visible focus ring on " + noRing + " of " + expected);
        }
    }

    @Test
    void tabReachesEveryOptionsControlWithAVisibleFocusRing() {
        seedProviders("Local demo", "Second demo");
        browser.open("options.html");
        click("button", "Edit Local demo");
        waitFor("models", () -> items("Models").size() >= 4);
        assertTabReachesEveryControlWithAVisibleRing("options");
    }

    @Test
    void tabReachesEveryChatControlWithAVisibleFocusRing() {
        seedProviders("Local demo");
        AxeAudit.viewport(d(), 400, 580);
        try {
            browser.open("popup.html");
            chooseStartingWith("Model", "demo-chat ");
            WebElement box = find("textbox", "Message");
            box.sendKeys("Hello");
            pressEnter(box);
            waitFor("reply", () -> find("log", "Conversation").getText().contains("demo provider"));
            waitFor("done", () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
            assertTabReachesEveryControlWithAVisibleRing("popup");
        } finally {
            AxeAudit.viewport(d(), 0, 0);
        }
    }

    @Test
    void theProviderFormFocusesItsFirstFieldAndSaveErrorsFocusTheFirstInvalidOne() {
        seedProviders("Local demo");
        browser.open("options.html");
        click("button", "Add provider");
        assertEquals("Preset", focusedName(), "a new provider starts at the preset");
        click("button", "Cancel");
        click("button", "Edit Local demo");
        assertEquals("Name", focusedName(), "editing starts at the name");

        click("button", "Add provider");
        type("textbox", "Name", "Typo");
        type("textbox", "Base URL", "not a url");
        click("button", "Save");
        waitFor("error", () -> alertText().startsWith("Not saved"));
        assertEquals("Base URL", focusedName());
        assertEquals("true", find("textbox", "Base URL").getAttribute("aria-invalid"));

        type("textbox", "Base URL", provider.baseUrl());
        choose("Authentication", "Bearer token");
        type("textbox", "API key", "sk-abc def");
        click("button", "Save");
        waitFor("key error", () -> alertText().contains("space"));
        assertEquals("API key", focusedName(), "focus lands in the key input itself, not its row");
        assertEquals("true", find("textbox", "API key").getAttribute("aria-invalid"));
        assertNull(find("textbox", "Base URL").getAttribute("aria-invalid"), "the fixed field is no longer marked");
    }

    @Test
    void questionMarkOpensTheShortcutsDialogAndEscReturnsFocus() {
        browser.open("options.html");
        find("button", "Add provider");
        js("arguments[0].focus();", find("button", "Add provider"));
        press("?");
        WebElement dialog = find("dialog", "Keyboard shortcuts");
        assertTrue(dialog.isDisplayed());
        assertEquals("true", dialog.getAttribute("aria-modal"));
        assertEquals("Close shortcuts", focusedName(), "focus moves into the dialog");
        assertTrue(dialog.getText().contains("Esc"), dialog.getText());
        press(Keys.ESCAPE);
        waitFor("dialog closed", () -> !shortcutsOpen());
        assertEquals("Add provider", focusedName(), "focus returns to where it was");

        click("button", "Keyboard shortcuts");
        assertTrue(find("dialog", "Keyboard shortcuts").isDisplayed(), "the header button opens it too");
        click("button", "Close shortcuts");
        assertEquals("Keyboard shortcuts", focusedName());

        click("button", "Add provider");
        find("textbox", "Name").sendKeys("What?");
        assertFalse(shortcutsOpen(), "? typed in a field stays in the field");
        assertEquals("What?", find("textbox", "Name").getAttribute("value"));
    }

    @Test
    void escClosesTheExportDialogAndTheImportPanel() {
        seedProviders("Local demo");
        browser.open("options.html");
        click("button", "Export");
        waitFor("export open", () -> A11y.exists(d(), "button", "Download"));
        press(Keys.ESCAPE);
        waitFor("export closed", () -> !A11y.exists(d(), "button", "Download"));
        assertEquals("Export", focusedName(), "focus back on Export");

        click("button", "Import");
        waitFor("import open", () -> A11y.exists(d(), "button", "Close import"));
        assertEquals("true", find("button", "Import").getAttribute("aria-expanded"));
        press(Keys.ESCAPE);
        waitFor("import closed", () -> !A11y.exists(d(), "button", "Close import"));
        assertEquals("false", find("button", "Import").getAttribute("aria-expanded"));
        assertEquals("Import", focusedName(), "focus back on Import");
    }

    @Test
    void chatShortcutsAndEscClosingTheConversationsDrawer() {
        seedProviders("Local demo");
        browser.open("popup.html");
        assertEquals("Message", focusedName(), "the chat starts in the message box");
        press("?");
        assertFalse(shortcutsOpen(), "? is text in the message box");
        assertEquals("?", find("textbox", "Message").getAttribute("value"));

        click("button", "Conversations");
        assertEquals("true", find("button", "Conversations").getAttribute("aria-expanded"));
        assertEquals("Search conversations", focusedName(), "focus moves into the drawer");
        press(Keys.ESCAPE);
        waitFor("drawer closed", () -> !A11y.exists(d(), "searchbox", "Search conversations"));
        assertEquals("false", find("button", "Conversations").getAttribute("aria-expanded"));
        assertEquals("Conversations", focusedName(), "focus back on the button that opened it");

        press("?");
        WebElement dialog = find("dialog", "Keyboard shortcuts");
        assertTrue(dialog.isDisplayed());
        assertTrue(dialog.getText().contains("Shift+Enter"), dialog.getText());
        press(Keys.ESCAPE);
        waitFor("closed", () -> !shortcutsOpen());
        assertEquals("Conversations", focusedName());
    }

    @Test
    void sendingKeepsFocusInTheMessageBox() {
        seedProviders("Local demo");
        browser.open("sidepanel.html");
        chooseStartingWith("Model", "demo-chat ");
        WebElement box = find("textbox", "Message");
        box.click();
        box.sendKeys("Hi");
        pressEnter(box);
        waitFor("done", () -> find("log", "Conversation").getText().contains("demo provider")
            && "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
        assertEquals("Message", focusedName(), "ready for the next message");
        assertTrue(((String) js("return document.querySelector('.status[role=status]').textContent")).contains("Reply complete"));
    }

}
