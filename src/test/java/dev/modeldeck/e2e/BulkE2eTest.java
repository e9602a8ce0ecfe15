package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

/** Selecting many providers and changing them at once, with one Undo for the whole change. */
class BulkE2eTest extends E2eBase {

    private void seedTen() {
        BulkSeed seed = new BulkSeed();
        for (int i = 1; i <= 10; i++) {
            seed.add("p-bulk-" + i, "Bulk " + i, provider.baseUrl(), true, null);
        }
        browser.seedLocalStorage(seed.storage());
        browser.open("options.html");
    }

    private long disabledCount() {
        return (Long) js("return document.querySelectorAll('ul.providers > li.disabled').length");
    }

    @Test
    void disableAllThenUndoRestoresEveryOne() {
        seedTen();
        assertEquals(10, items("Providers").size());
        assertFalse(find("button", "Disable selected").isEnabled(), "disabled while nothing is selected");
        click("button", "Select all");
        waitFor("10 selected", () -> d().findElement(By.cssSelector(".bulk-count")).getText().equals("10 selected"));
        click("button", "Disable selected");
        waitFor("all disabled", () -> disabledCount() == 10);
        assertTrue(statusText().contains("Disabled 10 providers."), statusText());
        browser.screenshot("bulk-disabled");
        click("button", "Undo");
        waitFor("all enabled again", () -> disabledCount() == 0);
        browser.open("options.html");
        assertEquals(0, disabledCount(), "the undo was saved");
    }

    @Test
    void deleteSelectedThenUndoBringsThemBack() {
        seedTen();
        find("checkbox", "Select Bulk 2").click();
        find("checkbox", "Select Bulk 5").click();
        find("checkbox", "Select Bulk 7").click();
        click("button", "Delete selected");
        waitFor("three deleted", () -> items("Providers").size() == 7);
        assertFalse(listText("Providers").contains("Bulk 5"));
        assertTrue(statusText().contains("Deleted 3 providers."), statusText());
        click("button", "Undo");
        waitFor("restored", () -> items("Providers").size() == 10);
        String list = listText("Providers");
        assertTrue(list.indexOf("Bulk 1\n") < list.indexOf("Bulk 2\n") && list.indexOf("Bulk 4\n") < list.indexOf("Bulk 5\n"),
            "original order kept: " + list);
        browser.open("options.html");
        assertEquals(10, items("Providers").size(), "the undo was saved");
    }
}
