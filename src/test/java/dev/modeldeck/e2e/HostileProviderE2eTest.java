package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider that answers with hostile data (model ids, names, owners and error messages full of
 * XSS payloads) must never get markup or script into the page: everything it sends stays text.
 * Each payload calls {@code __xss(n)}; a trap installed before the page's own code records calls,
 * alert()s and CSP violations (the extension's CSP blocks inline script, so an injected handler
 * shows up as a violation even though it cannot run).
 */
class HostileProviderE2eTest extends E2eBase {
    private String trapId;

    @BeforeEach
    void installTrap() {
        trapId = PageSafety.install(d());
    }

    @AfterEach
    void removeTrap() {
        PageSafety.uninstall(d(), trapId);
    }

    @Test
    void hostileModelListRendersAsTextOnly() throws Exception {
        List<String> payloads = PageSafety.payloads();
        assertTrue(payloads.size() >= 50, "corpus of at least 50 payloads");
        String body = Fixtures.text("xss/models-hostile.json");
        provider.faults().add(Fault.status(200).body(body).on(Target.MODELS).always());

        addLocalProvider("Hostile");
        waitFor("first rows listed", 20, () -> items("Models").size() > 0);
        if (A11y.exists(d(), "button", "Show all " + payloads.size())) {
            click("button", "Show all " + payloads.size());
        }
        waitFor("every hostile model listed", 20, () -> items("Models").size() == payloads.size());
        js(PageSafety.TRAP);
        Thread.sleep(1000); // room for any image error or load handler to fire

        assertEquals(Boolean.TRUE, js("return window.__trapEarly === true"), "the trap ran before the page's code");
        List<String> problems = domProblems();
        List<String> hits = strings(js("return window.__xssHits.slice()"));
        List<String> csp = strings(js("return window.__cspViolations.slice()"));

        @SuppressWarnings("unchecked")
        List<Object> where = (List<Object>) js("var out = [], ps = arguments[0];"
            + "var rows = document.querySelectorAll('ul[aria-label=Models] > li');"
            + "var text = document.getElementById('app').textContent;"
            + "ps.forEach(function (p) {"
            + "  var inRow = false;"
            + "  rows.forEach(function (li) { if (li.firstElementChild && li.firstElementChild.textContent === p) { inRow = true; } });"
            + "  out.push(inRow ? 'row' : text.indexOf(p) >= 0 ? 'text' : 'missing');"
            + "});"
            + "return out;", payloads);
        System.out.println("[xss] payload results (n | shown as | script ran):");
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String n = Integer.toString(i + 1);
            boolean ran = hits.contains(n);
            System.out.println("[xss] " + n + " | " + where.get(i) + " | " + (ran ? "RAN" : "no") + " | " + visible(payloads.get(i)));
            if ("missing".equals(where.get(i))) {
                missing.add(n);
            }
        }
        js("arguments[0].scrollIntoView({block: 'start'})", find("searchbox", "Filter models"));
        browser.screenshot("xss-models");

        assertEquals(List.of(), hits, "no payload ran");
        assertEquals(List.of(), csp, "no payload even tried to run (CSP reports)");
        assertEquals(List.of(), problems, "no markup from the provider in the page");
        assertEquals(List.of(), missing, "every payload appears literally as text");
        assertEquals(payloads.size(), where.stream().filter("row"::equals).count(), "each payload is its own model row");

        assertDetectorsCatchARealSink();
    }

    @Test
    void hostileErrorMessageStaysTextInTheAlert() throws Exception {
        String message = "<script>__xss(201)</script> <img src=x onerror=__xss(202)> [x](javascript:__xss(203)) "
            + "\"><svg onload=__xss(204)> {{constructor.constructor('__xss(205)')()}} \uff1cscript\uff1e__xss(206)\uff1c/script\uff1e";
        String body = "{\"error\":{\"message\":" + jsonString(message) + ",\"type\":\"<iframe src=javascript:__xss(207)>\","
            + "\"code\":\"<a href=javascript:__xss(208)>x</a>\",\"param\":\"<b onmouseover=__xss(209)>p</b>\"}}";
        provider.faults().add(Fault.status(500).body(body).on(Target.MODELS).always());

        addLocalProvider("Hostile errors");
        waitFor("error alert", () -> alertText().contains("Could not load models"));
        js(PageSafety.TRAP);
        Thread.sleep(800);

        String alert = alertText();
        System.out.println("[xss] alert text: " + alert);
        assertTrue(alert.contains(message), "the provider's message appears literally: " + alert);
        assertEquals(List.of(), strings(js("return window.__xssHits.slice()")), "nothing ran");
        assertEquals(List.of(), strings(js("return window.__cspViolations.slice()")), "nothing tried to run");
        assertEquals(List.of(), domProblems(), "no markup from the error body");
        assertEquals(0L, js("return document.querySelector('[role=alert]').querySelectorAll('*:not(span):not(button)').length"),
            "the alert holds only its text span and its button");
        browser.screenshot("xss-alert");
    }

    /** The trap and the DOM check do see markup that a real HTML sink would create (the test can fail). */
    private void assertDetectorsCatchARealSink() throws InterruptedException {
        js("var d = document.createElement('div'); d.id = 'sink-probe';"
            + "d.innerHTML = '<img src=x onerror=\"__xss(9999)\"><a href=\"javascript:__xss(9998)\">x</a>';"
            + "document.getElementById('app').appendChild(d);");
        waitFor("CSP report for the probe", () -> !strings(js("return window.__cspViolations.slice()")).isEmpty());
        List<String> caught = domProblems();
        js("document.getElementById('sink-probe').remove(); window.__cspViolations.length = 0;");
        assertTrue(caught.size() >= 3, "img element, onerror attribute and javascript: link are all reported: " + caught);
        assertEquals(List.of(), domProblems(), "clean again once the probe is gone");
    }

    private List<String> domProblems() {
        return strings(js(PageSafety.DOM_CHECK, List.of("js/options.js", "js/boot.js")));
    }

    private static List<String> strings(Object o) {
        return PageSafety.strings(o);
    }

    /** Makes invisible and direction characters readable in the log. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0xfeff || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)) {
                sb.append("\\u").append(String.format("%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
