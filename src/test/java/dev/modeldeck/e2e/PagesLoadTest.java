package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built extension loads in real Chromium and each page's compiled Java runs. */
@WithoutHostPermission
class PagesLoadTest extends E2eBase {
    @Test
    void optionsPageRunsItsJava() {
        browser.open("options.html");
        assertTrue(browser.driver().getTitle().contains("ModelDeck"));
        assertEquals("false", browser.js("return document.getElementById('app').getAttribute('aria-busy')"));
        browser.screenshot("options-empty");
    }

    @Test
    void popupRunsItsJava() {
        browser.open("popup.html");
        browser.screenshot("popup-empty");
    }

    @Test
    void sidePanelRunsItsJava() {
        browser.open("sidepanel.html");
        browser.screenshot("sidepanel-empty");
    }

    @Test
    void unreadableStoredSettingsAreReportedAndKept() {
        browser.seedLocalStorage(Map.of("modeldeck.settings", "{not json"));
        browser.open("options.html");
        String alert = (String) browser.js("var a = document.querySelector('[role=alert]'); return a && !a.hidden ? a.textContent : ''");
        assertTrue(alert.contains("could not be read"), "alert shown: " + alert);
        assertEquals("{not json", browser.js("return localStorage.getItem('modeldeck.settings')"), "corrupt data not overwritten");
        browser.screenshot("options-corrupt-settings");
    }
}
