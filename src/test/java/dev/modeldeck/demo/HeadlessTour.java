package dev.modeldeck.demo;

import dev.modeldeck.e2e.A11y;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Without a display the demo shows what it would have shown by screenshots: the options page with the
 * demo provider, then one chat exchange in the popup and one in the side panel. Missing chat controls
 * (the chat page is younger than this tour) become warnings, never a failed demo.
 */
final class HeadlessTour {
    /** The popup's size in Chrome's toolbar bubble, and a side panel's narrow column. */
    static final int OPTIONS_WIDTH = 1280;
    static final int OPTIONS_HEIGHT = 900;
    static final int POPUP_WIDTH = 400;
    static final int POPUP_HEIGHT = 600;
    static final int PANEL_WIDTH = 420;
    static final int PANEL_HEIGHT = 860;

    private final DemoBrowser browser;
    private final WebDriver d;
    private final Path outDir;
    private final List<String> warnings = new ArrayList<>();

    HeadlessTour(DemoBrowser browser, Path outDir) {
        this.browser = browser;
        this.d = browser.driver();
        this.outDir = outDir;
    }

    List<String> warnings() { return warnings; }

    /** Takes the three screenshots and returns their paths. */
    List<Path> run() throws IOException {
        List<Path> shots = new ArrayList<>();
        shots.add(options());
        shots.add(chat("popup.html", "popup.png", POPUP_WIDTH, POPUP_HEIGHT,
            "Hello from the popup! Which model answers here?"));
        shots.add(chat("sidepanel.html", "sidepanel.png", PANEL_WIDTH, PANEL_HEIGHT,
            "Hi from the side panel. Show me some markdown, please."));
        return shots;
    }

    private Path options() throws IOException {
        browser.viewport(OPTIONS_WIDTH, OPTIONS_HEIGHT);
        browser.open("options.html");
        if (!waitFor(10, () -> text("list", "Providers").contains(DemoSettings.PROVIDER_NAME))) {
            warn("options page: the Providers list does not show \"" + DemoSettings.PROVIDER_NAME + "\"");
        } else if (A11y.exists(d, "button", "Edit " + DemoSettings.PROVIDER_NAME)) {
            // Open the provider so the picture also shows its form and the models discovered from the demo server.
            A11y.find(d, "button", "Edit " + DemoSettings.PROVIDER_NAME).click();
            if (!waitFor(10, () -> text("list", "Models").contains(DemoSettings.MODEL_ID))) {
                warn("options page: the Models list did not show " + DemoSettings.MODEL_ID + " within 10 s");
            }
        }
        reportAlert("options page");
        return shoot("options.png");
    }

    private Path chat(String page, String file, int width, int height, String prompt) throws IOException {
        browser.viewport(width, height);
        browser.open(page);
        String where = page.replace(".html", "");
        if (!waitFor(5, () -> A11y.exists(d, "textbox", "Message") && A11y.exists(d, "button", "Send"))) {
            warn(where + ": no `Message` textbox and `Send` button yet (the chat page is unfinished); screenshot taken as is");
            pause(1000);
            return shoot(file);
        }
        chooseDemoModel(where);
        WebElement message = A11y.find(d, "textbox", "Message");
        message.click();
        message.sendKeys(prompt);
        A11y.find(d, "button", "Send").click();
        if (!waitForReply(prompt, 30)) {
            warn(where + ": the streamed reply did not finish within 30 s; screenshot shows what arrived");
        }
        reportAlert(where);
        return shoot(file);
    }

    /** Picks the demo model in the `Model` combobox when the page did not preselect it. */
    private void chooseDemoModel(String where) {
        if (!waitFor(10, () -> A11y.exists(d, "combobox", "Model") && !optionWith(DemoSettings.MODEL_ID).isEmpty())) {
            warn(where + ": the `Model` combobox does not offer " + DemoSettings.MODEL_ID + "; sending with whatever is selected");
            return;
        }
        WebElement box = A11y.find(d, "combobox", "Model");
        if (!"select".equalsIgnoreCase(box.getTagName())) {
            return;
        }
        Select select = new Select(box);
        String current = select.getFirstSelectedOption().getText();
        if (!current.contains(DemoSettings.MODEL_ID)) {
            select.selectByVisibleText(optionWith(DemoSettings.MODEL_ID));
        }
    }

    private String optionWith(String modelId) {
        WebElement box = A11y.find(d, "combobox", "Model");
        if (!"select".equalsIgnoreCase(box.getTagName())) {
            return box.getText().contains(modelId) ? box.getText() : "";
        }
        for (WebElement o : new Select(box).getOptions()) {
            if (o.getText().contains(modelId)) {
                return o.getText();
            }
        }
        return "";
    }

    /**
     * Done when the conversation holds the prompt and a reply, nothing is busy, there is no `Stop`
     * button, and the text stopped changing; an error alert also ends the wait.
     */
    private boolean waitForReply(String prompt, int seconds) {
        String[] last = {""};
        return waitFor(seconds, () -> {
            if (!alertText().isEmpty()) {
                return true;
            }
            String log = text("log", "Conversation");
            boolean settled = log.contains(prompt) && log.length() > prompt.length() + 20
                && !A11y.exists(d, "button", "Stop")
                && browser.js("return document.querySelector('[aria-busy=true]') === null").equals(Boolean.TRUE)
                && log.equals(last[0]);
            last[0] = log;
            return settled;
        });
    }

    private void reportAlert(String where) {
        String alert = alertText();
        if (!alert.isEmpty()) {
            warn(where + " shows an alert: " + alert);
        }
    }

    private String alertText() {
        Object t = browser.js("var out = [];"
            + "document.querySelectorAll('[role=alert]').forEach(function (a) {"
            + "  if (a.offsetParent !== null && a.textContent.trim()) { out.push(a.textContent.trim()); } });"
            + "return out.join(' | ');");
        return t == null ? "" : t.toString();
    }

    /** Visible text of the control with that role and name, or "" when the page has none. */
    private String text(String role, String name) {
        try {
            return A11y.exists(d, role, name) ? A11y.find(d, role, name).getText() : "";
        } catch (RuntimeException stale) {
            return "";
        }
    }

    private Path shoot(String file) throws IOException {
        Path out = outDir.resolve(file);
        // No blinking caret or focus ring from the last click in the picture.
        browser.js("if (document.activeElement) { document.activeElement.blur(); }");
        browser.screenshot(out);
        return out;
    }

    private void warn(String w) {
        warnings.add(w);
        System.out.println("  warning: " + w);
    }

    private static boolean waitFor(int seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // the page re-rendered under us; ask again
            }
            if (System.nanoTime() > end) {
                return false;
            }
            pause(250);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
