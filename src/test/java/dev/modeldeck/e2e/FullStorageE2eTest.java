package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Storage filling up: an early warning from the browser's estimate, and a reply whose batches are refused keeps
 * all its text, says so, and is stored before anything new is sent.
 *
 * <p>With {@code unlimitedStorage} Chromium exempts the extension from quotas (a DevTools quota override changes
 * the estimate but no write fails), so only a full disk refuses a write. The test makes IndexedDB throw the
 * error a full disk gives ({@code QuotaExceededError}) from {@code put}, which aborts the transaction as a real
 * refusal does.
 */
class FullStorageE2eTest extends E2eBase {

    private void pickDemoChat() { chooseStartingWith("Model", "demo-chat "); }

    private void diskFull(boolean full) {
        js("window.__full = arguments[0]; if (!window.__put) { window.__put = IDBObjectStore.prototype.put;"
            + " IDBObjectStore.prototype.put = function (v, k) { if (window.__full) {"
            + " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }"
            + " return window.__put.call(this, v, k); }; }", full);
    }

    /** Sets (or with null, removes) the quota DevTools reports for the extension's origin. */
    private void quota(Long bytes) {
        Map<String, Object> params = new HashMap<>();
        params.put("origin", "chrome-extension://" + browser.extensionId());
        if (bytes != null) {
            params.put("quotaSize", bytes);
        }
        ((ChromeDriver) d()).executeCdpCommand("Storage.overrideQuotaForOrigin", params);
    }

    /** A reply starts streaming in the popup, then every write is refused until it has finished. */
    private void replyFinishesWhileTheDiskIsFull() {
        seedProviders("Local demo");
        browser.open("popup.html");
        pickDemoChat();
        provider.content().wordDelayMs(100);
        ask("Fill the disk");
        waitFor("reply streaming", () -> chatLog().contains("You said: Fill the disk"));
        diskFull(true);
        waitFor("reply done", 40, this::chatIdle);
    }

    /** The disk has room again: the next question goes out, and after a reload both replies are there, whole. */
    private void roomAgainThenBothRepliesAreStoredWhole() {
        diskFull(false);
        provider.content().wordDelayMs(0);
        ask("Second question");
        waitFor("second reply", 20, () -> chatLog().contains("You said: Second question") && chatIdle());
        browser.open("popup.html");
        String log = chatLog();
        assertTrue(log.contains("ends with [DONE]") && log.contains("You said: Second question"), "both replies stored whole:\n" + log);
        assertFalse(log.contains("Incomplete"), log);
    }

    @Test
    void whenStorageFillsUpMidReplyNoReplyTextIsLostAndSendingWaitsWithAClearMessage() {
        replyFinishesWhileTheDiskIsFull();
        assertTrue(chatLog().contains("ends with [DONE]"), "the whole reply is on screen: " + chatLog());
        waitFor("not-saved alert", () -> alertText().contains("could not be saved"));
        assertTrue(alertText().contains("storage for ModelDeck is full"), alertText());

        ask("Second question");
        waitFor("send refused", () -> alertText().startsWith("Not sent"));
        browser.screenshot("full-storage-send-refused");
        assertFalse(chatLog().contains("Second question"), "nothing sent while nothing can be stored");

        roomAgainThenBothRepliesAreStoredWhole();
    }

    /**
     * The worst case: while this page cannot store its finished reply, a second page opens the same
     * conversation (its stored copy still has the reply streaming, or cut short) and closes again. It must not
     * write its stale copy over the reply, and this page must still store the whole reply once there is room.
     */
    @Test
    void aSecondPageOpenedAndClosedWhileStorageIsFullLosesNoReplyText() {
        replyFinishesWhileTheDiskIsFull();
        waitFor("not-saved alert", () -> alertText().contains("could not be saved"));
        String first = d().getWindowHandle();

        d().switchTo().newWindow(WindowType.TAB);
        browser.open("sidepanel.html");
        waitFor("the second page shows the conversation", () -> chatLog().contains("Fill the disk"));
        String stale = chatLog();
        assertFalse(stale.contains("ends with [DONE]"), "the second page read the stored, shorter copy:\n" + stale);
        d().close(); // the second page goes away (pagehide and all), the first stays
        d().switchTo().window(first);

        roomAgainThenBothRepliesAreStoredWhole();
    }

    @Test
    void theChatPageWarnsWhenStorageRunsLow() {
        seedProviders("Local demo");
        browser.open("popup.html");
        assertEquals("", alertText(), "no warning while there is room");
        try {
            quota(10_000L);
            browser.open("popup.html");
            waitFor("low-storage warning", () -> alertText().startsWith("Storage is almost full"));
            browser.screenshot("full-storage-warning");
        } finally {
            quota(null);
        }
    }
}
