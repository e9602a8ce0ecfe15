package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * "Delete old conversations" where the full-storage warning points (the conversation list) and in the settings'
 * storage section: review what goes and how much, export it all to one file, delete, import it back.
 */
class OldConversationsE2eTest extends E2eBase {
    private String report() {
        return (String) js("var p = document.querySelector('.old-report'); return p ? p.textContent : ''");
    }

    @Test
    void oldConversationsAreReviewedExportedDeletedEverywhereAndImportedBack() throws Exception {
        seedProviders(OldConversationsSeed.four(), "Local demo");
        browser.open("popup.html");
        click("button", "Conversations");
        waitFor("conversations listed", () -> listText("Saved conversations").contains("Ancient trip"));
        click("button", "Open Old but open");
        waitFor("old conversation open", () -> chatLog().contains("Answer about Old but open"));

        String here = d().getWindowHandle();
        d().switchTo().newWindow(WindowType.TAB);
        String panel = d().getWindowHandle();
        browser.open("sidepanel.html");
        click("button", "Conversations");
        waitFor("other page lists them", () -> listText("Saved conversations").contains("Old recipe"));
        d().switchTo().window(here);

        choose("Delete conversations older than", "90 days");
        click("button", "Review old conversations");
        waitFor("review", () -> report().startsWith("2 conversations, last active more than 90 days ago, will be deleted: about"));
        assertTrue(report().contains("Kept: “Old but open”, it is open in this page."), report());
        assertTrue(report().matches(".*about \\d+ KB\\..*"), "the size of two answers of ~6,600 characters: " + report());
        browser.screenshot("old-conversations-review-popup");

        String file = captureDownload("Export old conversations (JSON)");
        assertTrue(file.contains("\"format\":\"modeldeck-conversations\"") && file.contains("Answer about Ancient trip")
            && file.contains("Answer about Old recipe") && !file.contains("Fresh notes") && !file.contains("Old but open"), file);
        waitFor("export said", () -> statusText().contains("Exported 2 conversations to one JSON file."));

        click("button", "Delete 2 conversations");
        waitFor("deleted", () -> report().startsWith("Deleted 2 conversations (about"));
        String list = listText("Saved conversations");
        assertTrue(list.contains("Old but open") && list.contains("Fresh notes"), list);
        assertFalse(list.contains("Ancient trip") || list.contains("Old recipe"), list);
        assertTrue(chatLog().contains("Answer about Old but open"), "the open conversation stays open");
        String stored = historyDump();
        assertFalse(stored.contains("Ancient trip") || stored.contains("Answer about Old recipe"), "every record gone: " + stored);
        browser.screenshot("old-conversations-deleted-popup");

        d().switchTo().window(panel);
        waitFor("the other page's list follows", () -> !listText("Saved conversations").contains("Ancient trip")
            && !listText("Saved conversations").contains("Old recipe"));
        assertTrue(listText("Saved conversations").contains("Fresh notes"));

        Path path = Files.createTempDirectory("modeldeck-old").resolve("old.json");
        Files.writeString(path, file);
        d().findElement(By.id("conv-import")).sendKeys(path.toString());
        waitFor("imported", () -> statusText().contains("Imported 2 conversations."));
        waitFor("listed again", () -> listText("Saved conversations").contains("Ancient trip")
            && listText("Saved conversations").contains("Old recipe"));
        click("button", "Open Ancient trip");
        waitFor("imported messages", () -> chatLog().contains("Answer about Ancient trip: a fairly long answer."));
    }

    @Test
    void nothingOldEnoughSaysSoAndOffersNoDeletion() {
        seedProviders(OldConversationsSeed.four(), "Local demo");
        browser.open("popup.html");
        click("button", "Conversations");
        choose("Delete conversations older than", "365 days");
        click("button", "Review old conversations");
        waitFor("review", () -> report().startsWith("1 conversation, last active more than 365 days ago, will be deleted"));
        click("button", "Cancel");
        waitFor("dropped", () -> report().isEmpty() && !exists("button", "Delete 1 conversation"));
        browser.open("popup.html");
        click("button", "Conversations");
        choose("Delete conversations older than", "365 days");
        click("button", "Review old conversations");
        waitFor("still there after cancel", () -> report().startsWith("1 conversation"));
        click("button", "Delete 1 conversation");
        waitFor("deleted", () -> report().startsWith("Deleted 1 conversation (about"));
        click("button", "Review old conversations");
        waitFor("none left", () -> report().equals("No conversation was last active more than 365 days ago."));
        assertFalse(exists("button", "Export old conversations (JSON)"), "nothing to export or delete");
    }

    @Test
    void theSettingsStorageSectionCountsConversationsInIndexedDbAndDeletesOldOnes() {
        seedProviders(OldConversationsSeed.four(), "Local demo");
        browser.open("popup.html"); // moves the conversations into IndexedDB
        waitFor("moved", () -> historyDump().contains("Ancient trip"));
        browser.open("options.html");
        waitFor("usage measured", () -> listText("Storage usage").contains("in IndexedDB (4 conversations"));
        String usage = listText("Storage usage");
        java.util.regex.Matcher kb = java.util.regex.Pattern.compile("Conversations: (\\d+) KB in IndexedDB \\(4 conversations, "
            + "estimated from the size of their stored messages\\)").matcher(usage);
        assertTrue(kb.find(), usage);
        // Four answers of 6,600 characters and their questions, titles and keys: about 30 KB, counted in the page.
        int measured = Integer.parseInt(kb.group(1));
        assertTrue(measured >= 27 && measured <= 40, "about 30 KB: " + usage);
        assertTrue(usage.contains("Settings: ") && usage.contains("in localStorage"), usage);
        assertTrue(usage.contains("localStorage in all: ") && usage.contains("of its fixed limit of 10 MB"), usage);
        assertTrue(usage.matches("(?s).*ModelDeck in all: [\\d.]+ (KB|MB) used, [\\d.,]+ (MB|GB) free \\(the browser’s own estimate\\).*"), usage);
        js("document.querySelector('.storage-panel').scrollIntoView()");
        browser.screenshot("options-storage-section");

        choose("Delete conversations older than", "90 days");
        click("button", "Review old conversations");
        waitFor("review", () -> report().startsWith("3 conversations, last active more than 90 days ago"));
        assertFalse(report().contains("Kept"), "no page of the settings has a conversation open: " + report());
        click("button", "Delete 3 conversations");
        waitFor("deleted", () -> report().startsWith("Deleted 3 conversations"));
        waitFor("usage follows", () -> listText("Storage usage").contains("in IndexedDB (1 conversation, estimated from the size of its stored messages)"));
        browser.screenshot("options-storage-after-delete");
    }
}
