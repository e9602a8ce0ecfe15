package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

/** Export to a file, delete everything, import the file back; bad files are refused and change nothing. */
class ImportExportE2eTest extends E2eBase {
    private static final String KEY = "sk-export-secret-4242424242";

    private void seed() {
        browser.seedLocalStorage(new BulkSeed()
            .add("p-one", "One", provider.baseUrl(), true, KEY)
            .add("p-two", "Two", "http://127.0.0.1:1/v1", true, null)
            .add("p-three", "Three", "https://api.groq.com/openai/v1", false, "gsk-other-key-123456789")
            .storage());
        browser.open("options.html");
        // Capture the download instead of letting Chromium save it: the Blob's text lands in window.__lastDownload.
        js("window.__lastDownload = null; var orig = URL.createObjectURL.bind(URL);"
            + " URL.createObjectURL = function(b) { b.text().then(function(t) { window.__lastDownload = t; }); return orig(b); };"
            + " HTMLAnchorElement.prototype.click = function() { window.__downloadName = this.download; };");
    }

    private String export(boolean keys) {
        click("button", "Export");
        assertFalse(find("checkbox", "Include API keys").isSelected(), "keys are off by default");
        if (keys) {
            find("checkbox", "Include API keys").click();
            assertTrue(d().findElement(By.tagName("dialog")).getText().contains("plain text"), "warning about secrets shown");
        }
        click("button", "Download");
        waitFor("download captured", () -> js("return window.__lastDownload") != null);
        return (String) js("return window.__lastDownload");
    }

    private void importFile(String name, String text) throws Exception {
        Path dir = Files.createTempDirectory("modeldeck-import");
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        if (!A11y.exists(d(), "region", "Import providers")) {
            click("button", "Import");
        }
        d().findElement(By.id("f-import-file")).sendKeys(file.toString());
    }

    private String storedSettings() { return (String) js("return localStorage.getItem('modeldeck.settings')"); }

    @Test
    void exportDeleteAllImportRestoresEveryProviderWithoutKeys() throws Exception {
        seed();
        String file = export(false);
        assertTrue(file.contains("\"format\": \"modeldeck-providers\"") || file.contains("\"format\":\"modeldeck-providers\""), file);
        assertTrue(file.contains("One") && file.contains("Two") && file.contains("Three"), file);
        assertFalse(file.contains(KEY), "no key in the file unless chosen");
        assertTrue(String.valueOf(js("return window.__downloadName")).startsWith("modeldeck-providers-"));

        click("button", "Select all");
        click("button", "Delete selected");
        waitFor("all deleted", () -> items("Providers").isEmpty());

        importFile("providers.json", file);
        waitFor("preview", () -> A11y.exists(d(), "region", "Import preview"));
        String preview = find("region", "Import preview").getText();
        assertTrue(preview.contains("3 to add, 0 to update, 0 skipped"), preview);
        assertEquals(0, items("Providers").size(), "nothing changes before Apply");
        browser.screenshot("import-preview");
        click("button", "Apply import");
        waitFor("imported", () -> items("Providers").size() == 3);
        String list = listText("Providers");
        assertTrue(list.contains("One") && list.contains("Two") && list.contains("Three"), list);
        assertFalse(storedSettings().contains(KEY), "keys were not exported, so none came back");
        assertTrue(storedSettings().contains("p-one"), "ids kept");
    }

    @Test
    void keysTravelOnlyWhenChosen() throws Exception {
        seed();
        String file = export(true);
        assertTrue(file.contains(KEY), "the key is in the file when chosen");
        assertTrue(file.contains("\"includesKeys\": true") || file.contains("\"includesKeys\":true"), file);
    }

    @Test
    void malformedAndHostileFilesAreRefusedAndChangeNothing() throws Exception {
        seed();
        String before = storedSettings();
        importFile("broken.json", "{ \"format\": \"modeldeck-providers\", \"version\": 1, ");
        waitFor("refused", () -> alertText().contains("not valid JSON"));
        assertTrue(alertText().startsWith("Import refused: This file is not valid JSON"), alertText());
        assertFalse(A11y.exists(d(), "region", "Import preview"), "no preview for a broken file");

        String hostile = "{\"format\":\"modeldeck-providers\",\"version\":1,\"providers\":["
            + "{\"id\":\"p-evil\",\"name\":\"Evil\",\"baseUrl\":\"javascript:alert(1)\"}]}";
        importFile("hostile.json", hostile);
        waitFor("hostile refused", () -> alertText().contains("not a web address"));
        assertTrue(alertText().contains("“javascript:”") && alertText().contains("Only https:// and http://"), alertText());
        browser.screenshot("import-refused");
        assertEquals(before, storedSettings(), "nothing changed");
        assertEquals(3, items("Providers").size());
    }

    @Test
    void pastedUrlListIsPreviewedThenApplied() {
        seed();
        click("button", "Import");
        type("textbox", "Paste base URLs", "http://127.0.0.1:11434/v1\n" + provider.baseUrl() + "\nftp://nope\n");
        click("button", "Preview");
        waitFor("preview", () -> A11y.exists(d(), "region", "Import preview"));
        String preview = find("region", "Import preview").getText();
        assertTrue(preview.contains("1 to add") && preview.contains("1 skipped") && preview.contains("Line 3"), preview);
        click("button", "Apply import");
        waitFor("added", () -> items("Providers").size() == 4);
    }

    @Test
    void keysInAnUnlockedVaultAreExportedAndALockedVaultSaysWhyNot() {
        seed();
        type("textbox", "New passphrase", "correct horse battery");
        type("textbox", "Repeat passphrase", "correct horse battery");
        click("button", "Encrypt keys with a passphrase");
        waitFor("encrypted", 30, () -> statusText().contains("Keys encrypted"));
        assertFalse(storedSettings().contains(KEY), "keys moved into the vault");

        String file = export(true);
        assertTrue(file.contains(KEY) && file.contains("gsk-other-key-123456789"), "keys taken from the unlocked vault");
        assertTrue(file.contains("\"includesKeys\": true") || file.contains("\"includesKeys\":true"), file);
        assertFalse(statusText().contains(KEY) || alertText().contains(KEY), "the key is never shown in a message");

        click("button", "Lock now");
        waitFor("locked", () -> A11y.exists(d(), "textbox", "Vault passphrase"));
        js("window.__lastDownload = null;");
        click("button", "Export");
        assertFalse(find("checkbox", "Include API keys").isEnabled(), "no choice that would export nothing");
        String dialog = d().findElement(By.tagName("dialog")).getText();
        assertTrue(dialog.contains("can't be exported") && dialog.contains("Unlock the vault"), dialog);
        browser.screenshot("export-vault-locked");
        click("button", "Download");
        waitFor("download captured", () -> js("return window.__lastDownload") != null);
        String locked = (String) js("return window.__lastDownload");
        assertFalse(locked.contains(KEY));
        assertTrue(locked.contains("\"includesKeys\": false") || locked.contains("\"includesKeys\":false"), locked);
    }
}
