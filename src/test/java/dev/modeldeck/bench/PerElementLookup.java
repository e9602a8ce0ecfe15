package dev.modeldeck.bench;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The reference for the e2e lookup benchmark: how tests found a control by role and name before the suite moved
 * to one accessibility-tree query — every candidate element fetched, then one WebDriver round trip per element to
 * ask for its accessible name.
 */
final class PerElementLookup {
    private PerElementLookup() { }

    @SuppressWarnings("unchecked")
    static WebElement findButton(WebDriver d, String name) {
        List<WebElement> candidates = (List<WebElement>) ((JavascriptExecutor) d).executeScript(
            "return Array.from(document.querySelectorAll('button, [role=button], input[type=button], input[type=submit]'));");
        for (WebElement e : candidates) {
            if (name.equals(e.getAccessibleName().trim())) {
                return e;
            }
        }
        throw new IllegalStateException("no button named " + name);
    }
}
