package dev.modeldeck.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Drives the provider form's "Test connection" and reads the "Connection test" region step by step. */
abstract class ConnectionTestSupport extends E2eBase {
    static final String[] STEPS = {"configuration", "permission", "reach", "origin", "authentication", "models", "chat"};

    /** Opens an empty form filled with a Custom provider (not saved). */
    void fillForm(String name, String baseUrl, String key) {
        browser.open("options.html");
        click("button", "Add provider");
        choose("Preset", "Custom (OpenAI-compatible)");
        type("textbox", "Name", name);
        type("textbox", "Base URL", baseUrl);
        if (key == null) {
            choose("Authentication", "None");
        } else {
            choose("Authentication", "Bearer token");
            type("textbox", "API key", key);
        }
    }

    void openAdvanced() {
        WebElement details = d().findElement(By.cssSelector("details.advanced"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    /** Clicks "Test connection" and waits until all seven steps are shown and the region is no longer busy. */
    String runTest() {
        click("button", "Test connection");
        try {
            waitFor("connection test finished", 60, () -> {
                WebElement region = find("region", "Connection test");
                return "false".equals(region.getAttribute("aria-busy"))
                    && region.findElements(By.cssSelector("ol > li")).size() == STEPS.length;
            });
        } catch (AssertionError e) {
            browser.screenshot("connection-test-timeout");
            throw new AssertionError(e.getMessage() + "; report so far: " + reportText(), e);
        }
        return reportText();
    }

    /** Scrolls the report into view (for screenshots). */
    void showReport() {
        js("arguments[0].scrollIntoView({block: 'start'})", find("region", "Connection test"));
    }

    String reportText() { return find("region", "Connection test").getText(); }

    /** The text of one step's line (label, status word, duration, summary, fix). */
    String step(String step) {
        return find("region", "Connection test").findElement(By.cssSelector("li[data-step=" + step + "]")).getText();
    }

    /** The status word of one step, read from its styled element. */
    String status(String step) {
        WebElement li = find("region", "Connection test").findElement(By.cssSelector("li[data-step=" + step + "]"));
        return li.findElement(By.cssSelector("[class^=step-ok], [class^=step-failed], [class^=step-skipped], [class^=step-warning]"))
            .getText();
    }

    /** A port on 127.0.0.1 where nothing listens. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
