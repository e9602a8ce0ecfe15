package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.testprovider.RecordedRequest;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testprovider.TestProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Hostile import files (issue 16, attacks 1 and 5): a file that reuses a saved provider's id with another
 * server (a second test provider on another port, "the attacker") must not carry the saved key there,
 * with or without the vault; the preview names the new server; 1e400 is refused with a clear message.
 */
class ImportAttackE2eTest extends E2eBase {
    static final String KEY = "sk-import-attack-7f3a9c1e5b2d4f6081c9";
    static final String PASS = "correct horse battery";
    static TestProvider attacker;

    @BeforeAll
    static void startAttacker() throws Exception {
        attacker = TestProvider.start(0);
    }

    @AfterAll
    static void stopAttacker() {
        if (attacker != null) {
            attacker.close();
        }
    }

    @BeforeEach
    void resetAttacker() {
        attacker.reset();
        assertNotEquals(provider.port(), attacker.port());
    }

    /** The saved provider "One" with its key, switched off so the chat offers only what the import brings. */
    private void seedSavedProvider() {
        Settings s = new Settings();
        ProviderConfig one = new ProviderConfig("p-one", "One", provider.baseUrl());
        one.authStyle = AuthStyle.BEARER;
        one.apiKey = KEY;
        one.enabled = false;
        s.providers.add(one);
        s.revision = 1;
        browser.seedLocalStorage(Map.of(StorageKeys.SETTINGS, s.toJson(true).toString()));
    }

    /** A keyless export entry with the saved id, pointing at the attacker, asking for the key over http too. */
    private String redirectFile() {
        return "{\"format\":\"modeldeck-providers\",\"version\":1,\"includesKeys\":false,\"providers\":[{\"id\":\"p-one\","
            + "\"name\":\"One\",\"preset\":\"custom\",\"baseUrl\":\"" + attacker.baseUrl() + "\",\"enabled\":true,"
            + "\"auth\":\"bearer\",\"allowInsecureKey\":true}]}";
    }

    private void importFile(String name, String text) throws Exception {
        Path file = Files.createTempDirectory("modeldeck-import").resolve(name);
        Files.writeString(file, text);
        if (!exists("region", "Import providers")) {
            click("button", "Import");
        }
        d().findElement(By.id("f-import-file")).sendKeys(file.toString());
    }

    private String storedSettings() { return (String) js("return localStorage.getItem('modeldeck.settings')"); }

    private static String origin(TestProvider p) { return "http://127.0.0.1:" + p.port(); }

    /** Imports the redirect file, checks the preview names both servers, applies it. */
    private void importRedirectAndApply(String screenshot) throws Exception {
        importFile("providers.json", redirectFile());
        waitFor("preview", () -> exists("region", "Import preview"));
        String preview = text("region", "Import preview");
        System.out.println("[import-attack] preview:\n" + preview);
        assertTrue(preview.contains("1 to add, 0 to update"), "a new provider, never an update of the saved one: " + preview);
        assertTrue(preview.contains("“" + origin(provider) + "” → “" + origin(attacker) + "”"), "old → new server named: " + preview);
        assertTrue(preview.contains(attacker.baseUrl()), "the new address is shown: " + preview);
        browser.screenshot(screenshot);
        click("button", "Apply import");
        waitFor("imported", () -> items("Providers").size() == 2);
    }

    /** Sends a chat message with the only enabled model (the imported provider's) and waits for the attacker to get it. */
    private void chatThroughTheImportedProvider(String message) {
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        find("textbox", "Message").act(box -> {
            box.sendKeys(message);
            pressEnter(box);
            return null;
        });
        waitFor("the chat reached the new server", 20, () -> attacker.requests().count(Target.CHAT) >= 1);
    }

    private void assertAttackerNeverSawTheKey() {
        List<RecordedRequest> seen = attacker.requests().all();
        assertFalse(seen.isEmpty(), "the imported provider was used");
        for (RecordedRequest r : seen) {
            assertNull(r.header("Authorization"), "no credentials at all for " + r);
            assertFalse(String.valueOf(r.headers()).contains(KEY) || String.valueOf(r.query()).contains(KEY)
                || String.valueOf(r.body()).contains(KEY), "the saved key reached the other server in " + r);
        }
    }

    @Test
    void aSavedIdWithAnotherServerIsANewProviderAndTheChatThereCarriesNoKey() throws Exception {
        seedSavedProvider();
        browser.open("options.html");
        importRedirectAndApply("import-attack-preview");
        String stored = storedSettings();
        assertTrue(stored.contains(provider.baseUrl()) && stored.contains(KEY), "the saved provider and its key stay as they were");

        chatThroughTheImportedProvider("my secret plans");
        assertAttackerNeverSawTheKey();
        assertEquals(0, provider.requests().count(Target.CHAT), "the switched-off saved provider was not used");
    }

    @Test
    void withTheVaultOnTheSavedKeyStaysWithItsServerToo() throws Exception {
        seedSavedProvider();
        browser.open("options.html");
        waitFor("key storage panel", () -> exists("textbox", "New passphrase"));
        type("textbox", "New passphrase", PASS);
        type("textbox", "Repeat passphrase", PASS);
        click("button", "Encrypt keys with a passphrase");
        waitFor("encrypted", 30, () -> statusText().contains("Keys encrypted"));
        assertFalse(storedSettings().contains(KEY), "the key moved into the vault");

        importRedirectAndApply("import-attack-vault-preview");
        chatThroughTheImportedProvider("vault secrets");
        assertAttackerNeverSawTheKey();
    }

    @Test
    void aNewPathOnTheSameServerIsAnUpdateThatShowsOldAndNewAddress() throws Exception {
        seedSavedProvider();
        browser.open("options.html");
        String moved = provider.baseUrl().replace("/v1", "/v2");
        importFile("providers.json", "{\"format\":\"modeldeck-providers\",\"version\":1,\"providers\":[{\"id\":\"p-one\","
            + "\"name\":\"One\",\"preset\":\"custom\",\"baseUrl\":\"" + moved + "\",\"enabled\":false,\"auth\":\"bearer\"}]}");
        waitFor("preview", () -> exists("region", "Import preview"));
        String preview = text("region", "Import preview");
        assertTrue(preview.contains("0 to add, 1 to update"), preview);
        assertTrue(preview.contains(provider.baseUrl() + " → " + moved), "old → new address: " + preview);
        click("button", "Cancel import");
    }

    @Test
    void hugeNumbersInAFileAreRefusedClearlyAndChangeNothing() throws Exception {
        seedSavedProvider();
        browser.open("options.html");
        String before = storedSettings();
        for (String literal : new String[] {"1e400", "1e308"}) {
            importFile("numbers.json", "{\"format\":\"modeldeck-providers\",\"version\":1,\"providers\":[{\"id\":\"p-n\","
                + "\"name\":\"Numbers\",\"baseUrl\":\"https://n.example.com/v1\",\"timeoutMs\":" + literal + "}]}");
            waitFor("refused " + literal, () -> alertText().contains("timeoutMs"));
            assertTrue(alertText().startsWith(
                "Import refused: Entry 1 (“Numbers”): “timeoutMs” must be a whole number from 1,000 to 3,600,000."), alertText());
            assertFalse(exists("region", "Import preview"), "no preview for a refused file");
        }
        browser.screenshot("import-attack-numbers");
        assertEquals(before, storedSettings(), "nothing changed");
        assertEquals(1, items("Providers").size());
        click("button", "Add provider");
        assertTrue(exists("textbox", "Base URL"), "the page still works");
    }
}
