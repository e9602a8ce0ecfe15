package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The whole XSS corpus through chat rendering in real Chromium: streamed as markdown content (blocks,
 * inline, split across deltas, inside code), as reasoning, as a mid-stream error, as model ids in the
 * picker, and as a provider error in the connection test report. Nothing may run, no markup or
 * dangerous link may appear, and each payload must be readable as the text it is.
 */
class ChatXssE2eTest extends ConnectionTestSupport {
    static final List<String> CHAT_SCRIPTS = List.of("js/chat.js", "js/boot.js");
    static final List<String> OPTIONS_SCRIPTS = List.of("js/options.js", "js/boot.js");

    private String trapId;
    private List<String> payloads;

    @BeforeEach
    void installTrap() throws Exception {
        payloads = PageSafety.payloads();
        assertTrue(payloads.size() >= 75, "corpus of at least 75 payloads, got " + payloads.size());
        trapId = PageSafety.install(d());
    }

    @AfterEach
    void removeTrap() {
        PageSafety.uninstall(d(), trapId);
    }

    // ---------------------------------------------------------------- stream building

    private static String chunk(String field, String text) {
        return "data: {\"id\":\"chatcmpl-xss\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
            + "\"model\":\"demo-chat\",\"choices\":[{\"index\":0,\"delta\":{\"" + field + "\":" + JsonWriter.quote(text)
            + "},\"finish_reason\":null}]}\n\n";
    }

    /** The markdown parts of the reply, one delta each; {@link #hostileStream} frames them. */
    static List<String> contentDeltas(List<String> payloads) {
        List<String> d = new ArrayList<>();
        d.add("Hostile corpus follows.\n\n");
        for (String p : payloads) {
            d.add(p + "\n\n"); // block level: raw HTML blocks, markdown links and images, autolinks
        }
        for (int i = 0; i < payloads.size(); i++) {
            d.add("Inline " + (i + 1) + ": " + payloads.get(i) + " end.\n\n"); // inline HTML inside a paragraph
        }
        // A tag and a link scheme cut across deltas, as a model's tokenizer would cut them.
        d.add("<scr");
        d.add("ipt>__xss(901)</scr");
        d.add("ipt>\n\n");
        d.add("[split link](java");
        d.add("script:__xss(902))\n\n");
        d.add("<img src=x on");
        d.add("error=__xss(903)>\n\n");
        // Real links stay clickable (and the DOM check proves they carry rel=noopener noreferrer).
        d.add("Safe links: [docs](https://example.com/docs) and [mail](mailto:someone@example.com).\n\n");
        d.add("```html\n");
        for (String p : payloads) {
            d.add(p + "\n");
        }
        d.add("```\n\n");
        d.add("Done.");
        return d;
    }

    /** Reasoning first (each payload one delta), then the content deltas, then finish and [DONE]. */
    static String hostileStream(List<String> payloads) {
        StringBuilder sb = new StringBuilder();
        sb.append("data: {\"id\":\"chatcmpl-xss\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
            + "\"model\":\"demo-chat\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
            + "\"finish_reason\":null}]}\n\n");
        for (String p : payloads) {
            sb.append(chunk("reasoning_content", p + "\n"));
        }
        for (String delta : contentDeltas(payloads)) {
            sb.append(chunk("content", delta));
        }
        sb.append("data: {\"id\":\"chatcmpl-xss\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
            + "\"model\":\"demo-chat\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        sb.append("data: [DONE]\n\n");
        return sb.toString();
    }

    // ---------------------------------------------------------------- helpers

    private void send(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
    }

    private void waitReplyDone() {
        waitFor("reply finished", 30, () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
    }

    private void assertNothingRan(List<String> ownScripts, String where) throws InterruptedException {
        js(PageSafety.TRAP);
        Thread.sleep(1000); // room for any image error, toggle or focus handler to fire
        assertEquals(Boolean.TRUE, js("return window.__trapEarly === true"), where + ": the trap ran before the page's code");
        assertEquals(List.of(), PageSafety.strings(js("return window.__xssHits.slice()")), where + ": no payload ran");
        assertEquals(List.of(), PageSafety.strings(js("return window.__cspViolations.slice()")), where + ": no payload tried to run");
        assertEquals(List.of(), PageSafety.strings(js(PageSafety.DOM_CHECK, ownScripts)), where + ": no markup, handler or unsafe link");
    }

    /** Payload numbers (1-based) whose text is not in {@code text}. */
    private List<Integer> missingFrom(String text) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            if (!text.contains(payloads.get(i))) {
                missing.add(i + 1);
            }
        }
        return missing;
    }

    private String lastAssistant(String selector) {
        return (String) js("var m = document.querySelectorAll('.msg.assistant'); m = m[m.length - 1];"
            + "var e = m && m.querySelector(arguments[0]); return e ? e.textContent : '';", selector);
    }

    // ---------------------------------------------------------------- tests

    @Test
    void streamedCorpusRendersAsTextWhileStreamingAndWhenReopened() throws Exception {
        seedProviders("Hostile chat");
        provider.faults().add(Fault.status(200).contentType("text/event-stream; charset=utf-8")
            .body(hostileStream(payloads)).on(Target.CHAT));
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        send("Show me the corpus");
        waitReplyDone();
        waitFor("the reply's last words", () -> lastAssistant(".body").endsWith("Done."));
        checkRenderedCorpus("streamed");

        // History renders through another path (the whole message at once): check it too.
        browser.open("popup.html");
        waitFor("reopened reply", () -> lastAssistant(".body").endsWith("Done."));
        checkRenderedCorpus("reopened");
        js("document.querySelectorAll('details.reasoning').forEach(function (d) { d.open = true; });"
            + "var c = document.querySelector('.msg.assistant .unsafe-link'); if (c) { c.scrollIntoView({block: 'center'}); }");
        browser.screenshot("xss-chat");
    }

    private void checkRenderedCorpus(String when) throws InterruptedException {
        assertNothingRan(CHAT_SCRIPTS, when);
        assertEquals(List.of(), missingFrom(lastAssistant(".reasoning-text")), when + ": every payload shown literally in the reasoning");
        assertEquals(List.of(), missingFrom(lastAssistant(".code-block pre code")), when + ": every payload shown literally in the code block");
        String body = (String) js("var m = document.querySelectorAll('.msg.assistant'); m = m[m.length - 1];"
            + "var b = m.querySelector('.body').cloneNode(true);"
            + "b.querySelectorAll('.code-block').forEach(function (c) { c.remove(); }); return b.textContent;");
        // Raw HTML is kept as literal text, so every payload that is not markdown syntax reads as itself.
        List<Integer> notLiteral = missingFrom(body);
        System.out.println("[xss-chat] " + when + ": payloads rendered as markdown rather than literally: " + notLiteral);
        for (int n : notLiteral) {
            String p = payloads.get(n - 1);
            assertTrue(p.contains("](") || p.startsWith("<javascript:") || p.contains("&"),
                when + ": payload " + n + " is not markdown link syntax or an entity, so it must read literally: " + p);
        }
        assertTrue(body.contains("<script>__xss(901)</script>"), when + ": a tag split across deltas reads literally");
        assertTrue(body.contains("<img src=x onerror=__xss(903)>"), when + ": a handler split across deltas reads literally");
        assertTrue(body.contains("split link"), when + ": the split javascript: link keeps its text");
        List<String> links = PageSafety.strings(js("return Array.from(document.querySelectorAll('.msg.assistant a[href]'))"
            + ".map(function (a) { return a.href; })"));
        assertEquals(List.of("https://example.com/docs", "mailto:someone@example.com"), links,
            when + ": only the two real links became clickable");
        Long unsafe = (Long) js("return document.querySelectorAll('.msg.assistant .unsafe-link').length");
        assertTrue(unsafe >= 5, when + ": javascript:/data: links are kept as inert text (" + unsafe + ")");
    }

    @Test
    void errorInTheMiddleOfTheStreamStaysText() throws Exception {
        seedProviders("Hostile errors");
        // Several error events, each carrying a slice of the corpus (error messages are shown shortened).
        int per = 8;
        List<Integer> shownNowhere = new ArrayList<>();
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        for (int from = 0; from < payloads.size(); from += per) {
            List<String> slice = payloads.subList(from, Math.min(payloads.size(), from + per));
            String message = String.join(" | ", slice);
            provider.faults().add(Fault.errorMidStream(3).on(Target.CHAT).errorEvent(
                "{\"error\":{\"message\":" + JsonWriter.quote(message) + ",\"type\":" + JsonWriter.quote(slice.get(0))
                    + ",\"code\":" + JsonWriter.quote(slice.get(slice.size() - 1)) + "}}"));
            send("Part " + (from / per + 1));
            waitReplyDone();
            waitFor("error shown", () -> !lastAssistant(".msg-state").isEmpty());
            String shown = lastAssistant(".msg-state") + "\n" + alertText();
            for (int i = 0; i < slice.size(); i++) {
                if (!shown.contains(slice.get(i))) {
                    shownNowhere.add(from + i + 1);
                }
            }
        }
        System.out.println("[xss-chat] mid-stream error payloads not shown literally: " + shownNowhere);
        assertNothingRan(CHAT_SCRIPTS, "mid-stream errors");
        assertEquals(List.of(), shownNowhere, "each payload of the error message is shown literally");
        assertEquals(0L, js("var n = 0; document.querySelectorAll('.msg-state').forEach(function (s) {"
            + " n += s.querySelectorAll('*').length; }); return n;"), "error lines are plain text");
        browser.screenshot("xss-chat-error");
    }

    @Test
    void hostileModelIdsAreTextInThePickerAndTheReply() throws Exception {
        String body = Fixtures.text("xss/models-hostile.json");
        provider.faults().add(Fault.status(200).body(body).on(Target.MODELS).always());
        seedProviders("Hostile models");
        browser.open("popup.html");
        waitFor("hostile models in the picker", 20, () -> ((Long) js(
            "return document.querySelectorAll('#model-picker option').length")) >= payloads.size() - 1);
        List<String> options = PageSafety.strings(js(
            "return Array.from(document.querySelectorAll('#model-picker option')).map(function (o) { return o.textContent; })"));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            if (p.toLowerCase().contains("embed")) {
                continue; // its id says "embed": listed as an embedding model, so the chat picker rightly leaves it out
            }
            if (options.stream().noneMatch(o -> o.startsWith(p + " "))) {
                missing.add(i + 1);
            }
        }
        assertEquals(List.of(), missing, "every hostile id is an option of its own, shown literally");

        // Pick the <script> model and chat with it: its id also shows in the announcement and the reply's line.
        String scriptId = payloads.get(0);
        js("var s = document.getElementById('model-picker'), id = arguments[0];"
            + "var o = Array.from(s.options).filter(function (x) { return x.textContent.indexOf(id + ' ') === 0; })[0];"
            + "s.value = o.value; s.dispatchEvent(new Event('change', {bubbles: true}));", scriptId);
        assertEquals(scriptId, find("combobox", "Model").getAttribute("title"));
        send("Hello hostile model");
        waitReplyDone();
        waitFor("reply names its model", () -> lastAssistant(".msg-meta").contains(scriptId));
        assertNothingRan(CHAT_SCRIPTS, "hostile model ids");
        browser.screenshot("xss-chat-models");
    }

    private static String withoutInvisibles(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c != '\u200b' && c != '\ufeff') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Payloads packed in order into messages short enough to be quoted whole (the report quotes up to 160 characters). */
    private List<List<String>> groupsFitting(int maxChars) {
        List<List<String>> groups = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int len = 0;
        for (String p : payloads) {
            if (!cur.isEmpty() && len + 3 + p.length() > maxChars) {
                groups.add(cur);
                cur = new ArrayList<>();
                len = 0;
            }
            len += (cur.isEmpty() ? 0 : 3) + p.length();
            cur.add(p);
        }
        groups.add(cur);
        return groups;
    }

    @Test
    void connectionTestReportShowsAHostileErrorBodyAsText() throws Exception {
        List<List<String>> groups = groupsFitting(145);
        fillForm("Hostile test", provider.baseUrl(), null);
        List<Integer> shownNowhere = new ArrayList<>();
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            String marker = "G" + g + ":";
            String message = marker + " " + String.join(" | ", group);
            provider.reset();
            provider.faults().add(Fault.status(500).body("{\"error\":{\"message\":" + JsonWriter.quote(message)
                + ",\"type\":\"server_error\"}}").on(Target.MODELS).always());
            click("button", "Test connection");
            waitFor("connection test " + g + " finished", 40, () -> {
                WebElement region = find("region", "Connection test");
                return "false".equals(region.getAttribute("aria-busy"))
                    && region.findElements(org.openqa.selenium.By.cssSelector("ol > li")).size() == STEPS.length
                    && step("models").contains(marker);
            });
            // The report collapses white space and drops invisible characters (zero-width space, BOM): compare without them.
            String models = withoutInvisibles(step("models"));
            if (g == 0) {
                System.out.println("[xss-chat] connection test report:\n" + reportText());
            }
            for (String p : group) {
                n++;
                if (!models.contains(withoutInvisibles(p))) {
                    shownNowhere.add(n);
                }
            }
        }
        System.out.println("[xss-chat] connection test: " + n + " payloads in " + groups.size() + " runs; not shown literally: " + shownNowhere);
        assertEquals(payloads.size(), n);
        assertNothingRan(OPTIONS_SCRIPTS, "connection test");
        assertEquals(0L, js("return document.querySelectorAll('li[data-step=models] .step-fix *, li[data-step=models] .hint *').length"),
            "the quoted message is plain text");
        showReport();
        browser.screenshot("xss-connection-test");
        assertEquals(List.of(), shownNowhere, "each payload of the error body is shown literally in the report");
    }
}
