package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/**
 * Conversations that survive: two pages writing one conversation at once, a browser killed with SIGKILL right
 * after a reply or a settings save, and relaunched on the same profile.
 */
class DurableHistoryE2eTest extends E2eBase {

    private void pickDemoChat() { chooseStartingWith("Model", "demo-chat "); }

    /** Open chat pages keep writing storage; the relaunch test must not race one of them. */
    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks in the popup for a reply of a word every {@code wordDelayMs} and waits until words arrive. */
    private void startSlowReply(String question, int wordDelayMs) {
        seedProviders("Local demo");
        browser.open("popup.html");
        pickDemoChat();
        provider.content().wordDelayMs(wordDelayMs);
        ask(question);
        waitFor("words arriving", () -> chatLog().contains("ModelDeck demo provider"));
    }

    @Test
    void popupAndSidePanelStreamingIntoOneConversationBothKeepTheirReplies() {
        seedProviders("Local demo");
        browser.open("popup.html");
        pickDemoChat();
        ask("Opening question");
        waitFor("first reply", 20, () -> chatLog().contains("You said: Opening question") && chatIdle());
        String popup = d().getWindowHandle();
        d().switchTo().newWindow(WindowType.TAB);
        String panel = d().getWindowHandle();
        browser.open("sidepanel.html");
        assertTrue(chatLog().contains("Opening question"), "the side panel opened the same conversation");
        pickDemoChat();

        provider.content().wordDelayMs(200); // each reply streams for over ten seconds: they overlap
        d().switchTo().window(popup);
        ask("Asked in the popup");
        waitFor("popup reply streaming", () -> chatLog().contains("You said: Asked in the popup"));
        d().switchTo().window(panel);
        ask("Asked in the side panel");
        waitFor("panel reply streaming", () -> chatLog().contains("You said: Asked in the side panel"));
        d().switchTo().window(popup);
        assertEquals("true", find("log", "Conversation").getAttribute("aria-busy"), "the popup was still streaming");
        waitFor("popup reply done", 40, this::chatIdle);
        d().switchTo().window(panel);
        waitFor("panel reply done", 40, this::chatIdle);

        browser.closeOtherTabs();
        browser.open("popup.html");
        String log = chatLog();
        for (String expected : List.of("Opening question", "Asked in the popup", "You said: Asked in the popup",
                "Asked in the side panel", "You said: Asked in the side panel")) {
            assertTrue(log.contains(expected), "'" + expected + "' after reload:\n" + log);
        }
        assertFalse(log.contains("Incomplete"), "both replies stored complete:\n" + log);
        browser.screenshot("durable-two-pages");
    }

    @Test
    void aCompletedReplySurvivesTheBrowserBeingKilledASecondLater() {
        seedProviders("Local demo");
        browser.open("popup.html");
        pickDemoChat();
        ask("Remember this across a crash");
        waitFor("reply done", 20, () -> chatLog().contains("You said: Remember this") && chatIdle());
        String shown = chatLog();
        pause(1000);
        browser.crashAndRelaunch();
        browser.open("popup.html");
        String log = chatLog();
        assertTrue(log.contains("Remember this across a crash") && log.contains("You said: Remember this across a crash"),
            "after relaunch:\n" + log + "\nbefore:\n" + shown);
        assertFalse(log.contains("Incomplete"), log);
    }

    @Test
    void aSavedSettingSurvivesTheBrowserBeingKilledASecondLater() {
        addLocalProvider("Crash-proof provider");
        pause(1000);
        browser.crashAndRelaunch();
        browser.open("options.html");
        waitFor("provider back", () -> listText("Providers").contains("Crash-proof provider"));
    }

    @Test
    void aConversationExportedAsJsonAndDeletedImportsBack() throws Exception {
        seedProviders("Local demo");
        browser.open("popup.html");
        pickDemoChat();
        ask("Export me please");
        waitFor("reply done", 20, () -> chatLog().contains("You said: Export me please") && chatIdle());
        click("button", "Conversations");
        waitFor("export buttons", () -> exists("button", "Export Export me please as JSON"));
        browser.screenshot("conversations-drawer-export");
        String markdown = captureDownload("Export Export me please as Markdown");
        assertTrue(markdown.startsWith("# Export me please") && markdown.contains("## You") && markdown.contains("You said: Export me please"), markdown);
        String json = captureDownload("Export Export me please as JSON");
        assertTrue(json.contains("\"format\":\"modeldeck-conversation\""), json);

        click("button", "Delete Export me please");
        waitFor("deleted", () -> !exists("button", "Export Export me please as JSON"));
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("modeldeck-conv").resolve("conversation.json");
        java.nio.file.Files.writeString(file, json);
        d().findElement(org.openqa.selenium.By.id("conv-import")).sendKeys(file.toString());
        waitFor("imported conversation open", () -> chatLog().contains("You said: Export me please"));
        browser.open("popup.html");
        assertTrue(chatLog().contains("Export me please") && chatLog().contains("You said: Export me please"),
            "imported conversation stored: " + chatLog());
    }

    @Test
    void aReplyStreamingWhenTheBrowserIsKilledKeepsWhatArrivedAndSaysItIsIncomplete() {
        startSlowReply("Crash while streaming", 200);
        pause(1000); // at least one batch (every 500 ms) is stored after what was checked above
        browser.crashAndRelaunch();
        provider.content().wordDelayMs(0);
        browser.open("popup.html");
        String log = chatLog();
        assertTrue(log.contains("Crash while streaming") && log.contains("You said: Crash while streaming. This reply comes from the ModelDeck demo provider"),
            "the streamed text up to the last batch survives:\n" + log);
        assertTrue(log.contains("Incomplete"), "marked as cut off:\n" + log);
        assertTrue(log.contains("Incomplete — the browser stopped before the reply finished (a crash or a forced quit)."), "the true cause:\n" + log);
        assertFalse(log.contains("the page was closed"), log);
        browser.screenshot("durable-crash-cause");
    }

    @Test
    void aReplyStillStreamingInAnotherPageIsNotMarkedCutOffWhereItIsOpened() {
        startSlowReply("Streaming over there", 150);
        pause(700); // a batch with the streaming state is stored
        d().switchTo().newWindow(WindowType.TAB);
        browser.open("sidepanel.html");
        String opened = chatLog();
        assertTrue(opened.contains("Streaming over there"), "the side panel opened the streaming conversation:\n" + opened);
        assertFalse(opened.contains("Incomplete"), "still streaming in the popup, not cut off:\n" + opened);
        waitFor("the reply ends there and here", 40, () -> chatLog().contains("ends with [DONE]"));
        assertFalse(chatLog().contains("Incomplete"), chatLog());
        provider.content().wordDelayMs(0);
    }

    @Test
    void aPageFollowingAReplyLearnsHowItEndedWhenThePageStreamingItCloses() {
        startSlowReply("Watched from the side panel", 200);
        String popup = d().getWindowHandle();
        d().switchTo().newWindow(WindowType.TAB);
        String panel = d().getWindowHandle();
        browser.open("sidepanel.html");
        waitFor("the side panel follows the reply", () -> chatLog().contains("Watched from the side panel")
            && chatLog().contains("ModelDeck demo provider"));
        assertFalse(chatLog().contains("Incomplete"), "still streaming in the popup:\n" + chatLog());
        // Its closing write is announced when it lands, if the page still lives then; the side panel also reads the
        // reply again once the popup lets go of its stream lock (ElsewhereReply). Either way: no reload needed.
        d().switchTo().window(popup).close();
        d().switchTo().window(panel);
        waitFor("the side panel shows how the reply ended, without a reload", 15,
            () -> chatLog().contains("Incomplete — the window was closed before the reply finished."));
        assertFalse(chatLog().contains("crash"), chatLog());
        provider.content().wordDelayMs(0);
        browser.screenshot("durable-followed-reply-closed");
    }

    @Test
    void aPageClosedMidReplyKeepsItsOwnCauseAndEveryWordShownNotACrash() {
        startSlowReply("Closing while streaming", 200);
        pause(300);
        String shown = lastReplyLetters();
        assertTrue(shown.contains("ModelDeckdemoprovider"), shown);
        browser.open("options.html"); // leaving the page fires visibilitychange (a batch starts) and pagehide
        provider.content().wordDelayMs(0);
        browser.open("popup.html");
        String log = chatLog();
        assertTrue(log.contains("Incomplete — the window was closed before the reply finished."), log);
        assertFalse(log.contains("crash"), log);
        assertTrue(lastReplyLetters().startsWith(shown), "every word on screen when the page closed is stored:\n"
            + shown + "\n" + lastReplyLetters());
    }

    /** The last reply's text, letters and digits only (streaming shows markdown marks a finished render hides). */
    private String lastReplyLetters() {
        return ((String) js("var b = document.querySelectorAll('[role=log] article .body'); return b.length ? b[b.length - 1].textContent : ''"))
            .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
