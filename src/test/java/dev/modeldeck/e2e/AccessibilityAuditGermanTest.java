package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The same page states, audited with Chromium's UI language set to German: every control is found by its German
 * name (translated through the catalogs), every visible text must come from the German catalog, and the axe audit
 * must still pass (longer German labels are where layouts and names break). Screenshots are saved as a11y-de-*.
 */
@InLanguage("de")
class AccessibilityAuditGermanTest extends AccessibilityAuditTest {

    @Test
    void countsAreWrittenTheGermanWay() {
        provider.content().generatedModels(5000);
        seedProviders("Huge");
        browser.open("options.html");
        click("button", "Edit Huge");
        waitFor("first rows", 30, () -> items("Models").size() == 60);
        String page = (String) js("return document.body.innerText");
        assertTrue(page.contains("5.000"), "German thousands separator: " + page);
        assertFalse(page.contains("5,000"), "no English number left: " + page);
        browser.screenshot("de-models-5000");
    }
}
