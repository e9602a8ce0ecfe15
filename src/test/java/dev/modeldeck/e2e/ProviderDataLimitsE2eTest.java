package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * What a provider sends cannot wedge a reply or fill the extension's storage: impossible numbers in a
 * stream (1e400, negative, "Infinity") are ignored and the reply ends with its text kept; a /models list of
 * five million characters is not cached in localStorage, so conversations still save.
 */
class ProviderDataLimitsE2eTest extends E2eBase {
    /** localStorage holds at most this many UTF-16 units per extension, whatever the permissions. */
    static final long QUOTA = 5_242_880L;

    static final String STORAGE_CHARS = "var n = 0; for (var i = 0; i < localStorage.length; i++) {"
        + " var k = localStorage.key(i); n += k.length + localStorage.getItem(k).length; } return n;";

    private static String chunk(String json) { return "data: " + json + "\n\n"; }

    /** Text, then a chunk whose created and usage numbers are out of any range, then more text. */
    static String streamWithImpossibleNumbers(boolean withDone) {
        return chunk("{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1e400,\"model\":\"demo-chat\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Kept before. \"}}]}")
            + chunk("{\"id\":\"c1\",\"created\":-1e400,\"choices\":[{\"index\":1e400,\"delta\":{\"content\":\"Ignored choice. \"}},"
                + "{\"index\":0,\"delta\":{\"content\":\"Kept after.\"}}],"
                + "\"usage\":{\"prompt_tokens\":1e400,\"completion_tokens\":\"Infinity\",\"total_tokens\":-12,"
                + "\"completion_tokens_details\":{\"reasoning_tokens\":\"NaN\"}}}")
            + chunk("{\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":" + (withDone ? "\"stop\"" : "null") + "}],"
                + "\"usage\":{\"prompt_tokens\":1e308,\"completion_tokens\":9e300},\"timings\":{\"predicted_per_second\":1e400}}")
            + (withDone ? "data: [DONE]\n\n" : "");
    }

    private String lastReply() {
        return (String) js("var m = document.querySelectorAll('.msg.assistant'); return m.length ? m[m.length - 1].textContent : ''");
    }

    private void send(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
    }

    private void waitUntilIdle() {
        waitFor("reply finished", 20, () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
    }

    /** Conversations live in IndexedDB: whether any stored record there holds {@code text}. */
    private boolean savedConversationHolds(String text) {
        return indexedDbDump().contains(text);
    }

    @Test
    void impossibleNumbersInAStreamNeitherWedgeNorLoseTheReply() {
        seedProviders("Numbers");
        provider.faults().add(Fault.status(200).contentType("text/event-stream; charset=utf-8")
            .body(streamWithImpossibleNumbers(true)).on(Target.CHAT));
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        send("Count these tokens");
        waitUntilIdle();
        String reply = lastReply();
        System.out.println("[provider-limits] 1e400 stream with [DONE]: " + reply + " | alert: " + alertText());
        assertTrue(reply.contains("Kept before. Kept after."), "the whole text is shown: " + reply);
        assertFalse(reply.contains("Ignored choice"), "only choice 0 is read: " + reply);
        assertFalse(reply.contains("Infinity") || reply.contains("NaN") || reply.contains("e+"), "no impossible number shown: " + reply);
        assertTrue(savedConversationHolds("Kept after."), "the reply was saved");

        // Cut before its end: the reply ends as incomplete, both pieces of text kept.
        provider.faults().add(Fault.status(200).contentType("text/event-stream; charset=utf-8")
            .body(streamWithImpossibleNumbers(false)).on(Target.CHAT));
        send("Again, but cut");
        waitUntilIdle();
        reply = lastReply();
        System.out.println("[provider-limits] 1e400 stream cut short: " + reply);
        assertTrue(reply.contains("Kept before. Kept after."), "the partial text is kept: " + reply);
        assertTrue(reply.contains("Incomplete"), "marked incomplete: " + reply);
        assertTrue(savedConversationHolds("Again, but cut"), "saved");

        // The page still works: an ordinary reply follows.
        send("Still there?");
        waitFor("ordinary reply", 20, () -> lastReply().contains("You said: Still there?"));
        browser.screenshot("provider-limits-numbers");
    }

    /** A valid OpenAI-shaped list whose entries alone would take {@code chars} characters of the model cache. */
    static String bloatedModelList(long chars) {
        StringBuilder sb = new StringBuilder((int) (chars + chars / 4));
        sb.append("{\"object\":\"list\",\"data\":[{\"id\":\"demo-chat\",\"object\":\"model\",\"owned_by\":\"demo\"}");
        String padding = "-abcdefghijklmnopqrstuvwxyz0123456789".repeat(14);
        long cached = 0;
        for (int i = 0; cached < chars; i++) {
            // Ids of 480 characters: long, yet within what a model id may be, so only the list's size is at stake.
            String id = "bloat-" + i + padding.substring(0, 480 - 6 - Integer.toString(i).length());
            sb.append(",{\"id\":\"").append(id).append("\",\"object\":\"model\",\"owned_by\":\"o\"}");
            cached += id.length() + 24; // {"id":"…","ownedBy":"o"}, in the cache
        }
        return sb.append("]}").toString();
    }

    @Test
    void fiveMillionCharacterModelListDoesNotFillStorage() {
        seedProviders("Bloated");
        String body = bloatedModelList(QUOTA - 4_000);
        System.out.println("[provider-limits] /models body: " + body.length() + " characters");
        provider.faults().add(Fault.status(200).body(body).on(Target.MODELS).always());
        long t0 = System.nanoTime();
        browser.open("popup.html");
        // Ten thousand options: picked by script, as reading each through WebDriver would take minutes.
        waitFor("models listed", 60, () -> (Boolean) js("var s = document.getElementById('model-picker');"
            + "var o = Array.from(s.options).filter(function (x) { return x.textContent.indexOf('demo-chat ') === 0; })[0];"
            + "if (!o) { return false; } s.value = o.value; s.dispatchEvent(new Event('change', {bubbles: true})); return true;"));
        long used = ((Number) js(STORAGE_CHARS)).longValue();
        System.out.println("[provider-limits] listed after " + (System.nanoTime() - t0) / 1_000_000 + " ms; localStorage after discovery: "
            + used + " of " + QUOTA + " characters");

        send("Is there room for me?");
        waitUntilIdle();
        waitFor("reply shown", 20, () -> lastReply().contains("You said: Is there room for me?"));
        long after = ((Number) js(STORAGE_CHARS)).longValue();
        System.out.println("[provider-limits] localStorage after a chat: " + after + " characters; alert: " + alertText());
        assertTrue(savedConversationHolds("Is there room for me?"), "the conversation was saved");
        assertFalse(alertText().contains("not saved"), "no save failure: " + alertText());
        assertTrue(after < 2_200_000, "the model cache stays within its budget: " + after + " characters stored");

        browser.open("options.html");
        t0 = System.nanoTime();
        click("button", "Edit Bloated");
        String meta = "var m = document.querySelector('.models-meta'); return m ? m.textContent : ''";
        waitFor("list shown", 60, () -> ((String) js(meta)).contains("10,"));
        System.out.println("[provider-limits] options page: " + js(meta) + " (after " + (System.nanoTime() - t0) / 1_000_000 + " ms)");
        assertTrue(((String) js(meta)).contains("The model list is too large to keep"), "the page says the list is not kept");
        assertTrue(((Number) js(STORAGE_CHARS)).longValue() < 10_000, "still nothing of it stored");
        browser.screenshot("provider-limits-bloated-list");
    }
}
