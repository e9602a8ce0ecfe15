package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.testprovider.RecordedRequest;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testsupport.LongConversation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

/** A 1,000-message conversation: only a window of it is in the DOM, yet all of it can be read, replied to and followed. */
class LongConversationE2eTest extends E2eBase {
    private static final int MESSAGES = 1_000;
    /** Far fewer message views than messages: what a side panel shows plus a screen or so either side. */
    private static final int MAX_VIEWS = 60;

    private void seedLongConversation() {
        Map<String, String> stored = LongConversation.storage(
            LongConversation.build(MESSAGES, "p1", "demo-chat", System.currentTimeMillis() - 86_400_000L));
        seedProviders(stored, "Local demo");
    }

    private int views() {
        return ((Number) js("return document.querySelectorAll('[role=log] article').length")).intValue();
    }

    /** The text and position (aria-posinset / aria-setsize) of the first or last message view in the DOM. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> edge(boolean last) {
        return (Map<String, Object>) js("var a = document.querySelectorAll('[role=log] article'); var e = a[arguments[0] ? a.length - 1 : 0];"
            + "return e ? {text: e.textContent, pos: e.getAttribute('aria-posinset'), size: e.getAttribute('aria-setsize')} : null;", last);
    }

    /** True when the view of message {@code n} (1-based) is inside the log's visible area. */
    private boolean onScreen(int n) {
        return Boolean.TRUE.equals(js("var log = document.querySelector('[role=log]'); var r = log.getBoundingClientRect();"
            + "var e = log.querySelector('article[aria-posinset=\"' + arguments[0] + '\"]'); if (!e) return false;"
            + "var b = e.getBoundingClientRect(); return b.bottom > r.top && b.top < r.bottom;", n));
    }

    private void send(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
    }

    private String lastViewText() {
        Map<String, Object> e = edge(true);
        return e == null ? "" : (String) e.get("text");
    }

    private void waitReplyTo(String question) {
        waitFor("the reply to " + question, 30, () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy"))
            && lastViewText().contains("You said: " + question) && lastViewText().contains("[DONE]"));
    }

    @Test
    void opensAtTheNewestMessageAndScrollingUpRevealsTheFirst() {
        seedLongConversation();
        browser.open("sidepanel.html");
        waitFor("the newest message on screen", () -> onScreen(MESSAGES));
        Map<String, Object> last = edge(true);
        assertTrue(((String) last.get("text")).contains("Answer in message " + MESSAGES + "."), String.valueOf(last.get("text")));
        assertEquals(String.valueOf(MESSAGES), last.get("pos"), "screen readers hear its place in the whole conversation");
        assertEquals(String.valueOf(MESSAGES), last.get("size"));
        assertTrue(views() <= MAX_VIEWS, "only a window of the conversation is rendered: " + views() + " views");

        js("document.querySelector('[role=log]').scrollTop = 0;");
        waitFor("the first message on screen", () -> onScreen(1));
        Map<String, Object> first = edge(false);
        assertTrue(((String) first.get("text")).contains("Question for message 1:"), String.valueOf(first.get("text")));
        assertEquals("1", first.get("pos"));
        assertEquals(String.valueOf(MESSAGES), first.get("size"));
        assertTrue(views() <= MAX_VIEWS, "still a window after scrolling up: " + views() + " views");
        assertFalse(onScreen(MESSAGES));

        js("var log = document.querySelector('[role=log]'); log.scrollTop = log.scrollHeight / 2;");
        waitFor("messages from the middle on screen", () -> Boolean.TRUE.equals(js(
            "var log = document.querySelector('[role=log]'); var r = log.getBoundingClientRect();"
                + "return Array.prototype.some.call(log.querySelectorAll('article'), function (e) { var b = e.getBoundingClientRect();"
                + "  var n = +e.getAttribute('aria-posinset'); return n > 100 && n < 900 && b.bottom > r.top && b.top < r.bottom; });")));

        // Keyboard: in the log, End goes to the newest message and Home back to the first.
        WebElement question = (WebElement) js("return document.querySelector('[role=log] article.user .body');");
        new Actions(d()).moveToElement(question).click().perform();
        waitFor("a click in the log gives it the keyboard focus", () -> Boolean.TRUE.equals(
            js("return document.activeElement === document.querySelector('[role=log]');")));
        new Actions(d()).sendKeys(Keys.END).perform();
        waitFor("End shows the newest message", () -> onScreen(MESSAGES));
        new Actions(d()).sendKeys(Keys.HOME).perform();
        waitFor("Home shows the first message", () -> onScreen(1));
        assertTrue(views() <= MAX_VIEWS, "Home and End moved the window, they did not render the whole way: " + views() + " views");
        browser.screenshot("long-conversation-top");

        new Actions(d()).sendKeys("?").perform();
        String shortcuts = find("dialog", "Keyboard shortcuts").getText();
        assertTrue(shortcuts.contains("Home / End") && shortcuts.contains("the first or the newest message"), shortcuts);
        browser.screenshot("long-conversation-shortcuts");
    }

    @Test
    void aReplyStreamsIntoItAndOnlyTheNewestPartIsSentToAModelOfUnknownWindow() {
        seedLongConversation();
        browser.open("sidepanel.html");
        waitFor("the newest message on screen", () -> onScreen(MESSAGES));
        send("Hello long conversation");
        waitReplyTo("Hello long conversation");
        assertTrue(onScreen(MESSAGES + 2), "the log followed the reply to the bottom");
        assertEquals(String.valueOf(MESSAGES + 2), edge(true).get("size"));
        assertTrue(views() <= MAX_VIEWS, views() + " views");
        assertTrue(lastViewText().contains("Context window unknown: sent the newest"), "the reply says what was sent: " + lastViewText());
        // Sent right after opening, while the older messages may still be read: the whole conversation was weighed.
        Matcher dropped = Pattern.compile("(\\d+) older messages left out").matcher(lastViewText());
        assertTrue(dropped.find() && Integer.parseInt(dropped.group(1)) > 500, "older messages counted: " + lastViewText());

        String body = null;
        for (RecordedRequest r : provider.requests().to(Target.CHAT)) {
            if (!r.isPreflight()) {
                body = r.body();
            }
        }
        assertTrue(body != null, "a chat request was sent");
        assertTrue(body.contains("Hello long conversation") && body.contains("Answer in message " + MESSAGES + "."), "the newest turns are sent");
        assertFalse(body.contains("Question for message 1:"), "the oldest turns are left out");
        browser.screenshot("long-conversation-reply");
    }

    @Test
    void anotherPageAddsAReplyAndThisOneAppendsItWithoutRebuildingTheHistory() {
        seedLongConversation();
        browser.open("sidepanel.html");
        waitFor("the newest message on screen", () -> onScreen(MESSAGES));
        String idle = d().getWindowHandle();
        // Every message view now in the DOM is marked; the observer counts views built from here on.
        js("var log = document.querySelector('[role=log]'); window.__built = 0;"
            + "log.querySelectorAll('article').forEach(function (a) { a.__before = true; });"
            + "new MutationObserver(function (rs) { rs.forEach(function (r) { r.addedNodes.forEach(function (n) {"
            + "  if (n.nodeType === 1 && n.tagName === 'ARTICLE') window.__built++; }); }); }).observe(log, {childList: true, subtree: true});");

        d().switchTo().newWindow(WindowType.WINDOW);
        browser.open("popup.html");
        waitFor("the popup shows the same conversation", () -> lastViewText().contains("Answer in message " + MESSAGES + "."));
        send("Written in the popup");
        waitReplyTo("Written in the popup");
        String popup = d().getWindowHandle();

        d().switchTo().window(idle);
        waitFor("the side panel shows the popup's finished reply", () -> lastViewText().contains("You said: Written in the popup")
            && lastViewText().contains("[DONE]") && !lastViewText().contains("Incomplete"));
        waitFor("the side panel follows it to the bottom", () -> onScreen(MESSAGES + 2));
        long built = ((Number) js("return window.__built")).longValue();
        long kept = ((Number) js("return Array.prototype.filter.call(document.querySelectorAll('[role=log] article'),"
            + " function (a) { return a.__before; }).length")).longValue();
        assertTrue(built >= 2 && built <= 4, "the question and the reply were added, nothing rebuilt: " + built + " views built");
        assertTrue(kept >= 1, "views of older messages are the same nodes as before");
        assertEquals(String.valueOf(MESSAGES + 2), edge(true).get("size"));
        d().switchTo().window(popup).close();
        d().switchTo().window(idle);
    }
}
