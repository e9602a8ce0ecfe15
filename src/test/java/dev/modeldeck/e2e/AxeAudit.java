package dev.modeldeck.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (a test resource, MPL-2.0) in the page under test and reports its violations. The
 * extension's CSP forbids inline script tags, but WebDriver's executeScript evaluates in the page's
 * main world through DevTools, so axe can be injected that way.
 */
final class AxeAudit {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    /** One finding: a rule that failed, how bad it is, and where. */
    record Violation(String rule, String impact, String help, List<String> targets, String state) {
        boolean blocking() { return "serious".equals(impact) || "critical".equals(impact); }

        @Override public String toString() {
            return "[" + state + "] " + rule + " (" + impact + "): " + help + " — " + targets;
        }
    }

    private AxeAudit() { }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = AxeAudit.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe/axe.min.js missing from the test resources");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return source;
    }

    /** Audits the current document (injecting axe if the page has none yet) and returns every violation. */
    static List<Violation> run(WebDriver d, String state) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        Object raw = js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r.violations)); })"
            + ".catch(function (e) { done('ERROR ' + e); });");
        String text = String.valueOf(raw);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe failed in " + state + ": " + text);
        }
        List<Violation> out = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(text)) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.path("nodes")) {
                    StringBuilder t = new StringBuilder();
                    for (JsonNode sel : node.path("target")) {
                        t.append(t.length() == 0 ? "" : " >> ").append(sel.asText());
                    }
                    String summary = node.path("failureSummary").asText("");
                    int cut = summary.indexOf('\n', summary.indexOf('\n') + 1);
                    targets.add(t + (summary.isEmpty() ? "" : " {" + (cut > 0 ? summary.substring(0, cut) : summary).replace('\n', ' ').trim() + "}"));
                }
                out.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(), targets, state));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable axe result: " + text, e);
        }
        return out;
    }

    /** Emulates prefers-color-scheme (null = the browser's own), as DevTools' rendering panel does. */
    static void colorScheme(WebDriver d, String scheme) {
        ((ChromeDriver) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
            List.of(Map.of("name", "prefers-color-scheme", "value", scheme == null ? "" : scheme))));
    }

    /** Fixes the viewport to a popup or side panel size; {@code width <= 0} restores the window's own. */
    static void viewport(WebDriver d, int width, int height) {
        if (width <= 0) {
            ((ChromeDriver) d).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            return;
        }
        ((ChromeDriver) d).executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
