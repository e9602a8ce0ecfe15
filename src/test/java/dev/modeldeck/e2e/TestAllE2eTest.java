package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/** "Test all": every enabled provider tested, a results table filled row by row and kept for the next visit. */
class TestAllE2eTest extends E2eBase {

    private WebElement table() {
        for (WebElement t : A11y.all(d(), "table", null)) {
            if (t.findElements(By.tagName("caption")).size() == 1
                    && "Connection test results".equals(t.findElement(By.tagName("caption")).getText())) {
                return t;
            }
        }
        throw new AssertionError("no table captioned Connection test results");
    }

    private String row(String provider) {
        for (WebElement tr : table().findElements(By.cssSelector("tbody tr"))) {
            if (tr.findElement(By.cssSelector("th")).getText().equals(provider)) {
                return tr.getText();
            }
        }
        throw new AssertionError("no row for " + provider + " in " + table().getText());
    }

    @Test
    void enabledProvidersAreTestedAndTheTableIsKept() throws Exception {
        int closed = ConnectionTestSupport.closedPort();
        browser.seedLocalStorage(new BulkSeed()
            .add("p-alpha", "Alpha", provider.baseUrl(), true, null)
            .add("p-beta", "Beta", provider.baseUrl(), true, null)
            .add("p-gamma", "Gamma down", "http://127.0.0.1:" + closed + "/v1", true, null)
            .add("p-delta", "Delta off", provider.baseUrl(), false, null)
            .storage());
        browser.open("options.html");
        click("button", "Test all");
        waitFor("all rows tested", 60, () -> "false".equals(find("region", "Test all results").getAttribute("aria-busy")));

        List<WebElement> headers = table().findElements(By.cssSelector("thead th"));
        assertEquals("Provider", headers.get(0).getText());
        assertEquals("First failing step", headers.get(4).getText());
        assertEquals(3, table().findElements(By.cssSelector("tbody tr")).size(), "only enabled providers: " + table().getText());
        assertTrue(row("Alpha").contains("ok") && row("Alpha").contains("4"), row("Alpha"));
        assertTrue(row("Beta").contains("ok"), row("Beta"));
        assertTrue(row("Gamma down").contains("failed") && row("Gamma down").contains("Reach"), row("Gamma down"));
        assertTrue(statusText().contains("Tested 3 providers: 1 failed."), statusText());
        js("arguments[0].scrollIntoView({block: 'start'})", table());
        browser.screenshot("test-all");

        browser.open("options.html");
        String when = find("region", "Test all results").getText();
        assertTrue(when.contains("Last run: just now"), when);
        assertTrue(row("Gamma down").contains("failed"), "kept after reopening");
        assertTrue(((String) browser.js("return localStorage.getItem('modeldeck.testall')")).contains("Gamma down"));
        assertTrue(listText("Providers").contains("failing"), "the failed test fed the provider's health: " + listText("Providers"));
    }
}
