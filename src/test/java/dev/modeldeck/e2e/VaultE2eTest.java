package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The passphrase vault in real Chromium: encrypt, use, lock, unlock (wrong and right), decrypt. */
class VaultE2eTest extends E2eBase {
    static final String KEY = "sk-vault-e2e-0123456789abcdef";
    static final String PASS = "correct horse battery";

    private void seedKeyedProvider() {
        provider.faults().requireBearer(KEY);
        Settings s = new Settings();
        ProviderConfig p = new ProviderConfig("keyed", "Keyed demo", provider.baseUrl());
        p.apiKey = KEY;
        s.providers.add(p);
        browser.seedLocalStorage(Map.of("modeldeck.settings", s.toJson(true).toString()));
    }

    private String allStorage() {
        return (String) js("var out = ''; for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
            + " out += k + '=' + localStorage.getItem(k) + '\\n'; } return out;");
    }

    private void sendInPopupAndWait(String text) {
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
        waitFor("reply", 20, () -> find("log", "Conversation").getText().contains("You said: " + text));
    }

    @Test
    void keysAreEncryptedUsedLockedUnlockedAndDecrypted() {
        seedKeyedProvider();
        browser.open("options.html");
        waitFor("key storage panel", () -> A11y.exists(d(), "textbox", "New passphrase"));
        type("textbox", "New passphrase", PASS);
        type("textbox", "Repeat passphrase", PASS);
        click("button", "Encrypt keys with a passphrase");
        waitFor("encrypted", 30, () -> statusText().contains("Keys encrypted"));
        String storage = allStorage();
        assertFalse(storage.contains(KEY), "the key is nowhere in localStorage in clear");
        assertFalse(allStorageDump().contains(KEY), "nor in chrome.storage or IndexedDB (the settings copy)");
        assertTrue(storage.contains("modeldeck.vault="), "the vault document is stored");
        assertTrue(storage.contains("\"iterations\":600000"), "PBKDF2 iteration count stored");
        browser.screenshot("vault-unlocked");

        sendInPopupAndWait("with the vault");
        assertEquals("Bearer " + KEY, provider.requests().last().header("Authorization"), "key came from the vault");

        browser.open("options.html");
        waitFor("lock button", () -> A11y.exists(d(), "button", "Lock now"));
        click("button", "Lock now");
        waitFor("locked", () -> A11y.exists(d(), "textbox", "Vault passphrase"));

        browser.open("popup.html");
        waitFor("unlock bar", () -> A11y.exists(d(), "textbox", "Vault passphrase"));
        find("textbox", "Vault passphrase").sendKeys("wrong passphrase");
        click("button", "Unlock");
        waitFor("wrong passphrase explained", 30, () -> alertText().toLowerCase().contains("passphrase"));
        browser.screenshot("vault-wrong-passphrase");
        WebElement pass = find("textbox", "Vault passphrase");
        pass.clear();
        pass.sendKeys(PASS);
        click("button", "Unlock");
        waitFor("unlocked", 30, () -> !A11y.exists(d(), "textbox", "Vault passphrase"));
        sendInPopupAndWait("after unlocking");

        browser.open("options.html");
        waitFor("turn off", () -> A11y.exists(d(), "textbox", "Passphrase to decrypt"));
        type("textbox", "Passphrase to decrypt", PASS);
        click("button", "Store keys unencrypted");
        waitFor("plain again", 30, () -> statusText().contains("unencrypted again"));
        assertTrue(((String) js("return localStorage.getItem('modeldeck.settings')")).contains(KEY), "keys back in settings");
        assertNull(js("return localStorage.getItem('modeldeck.vault')"), "vault removed");
    }
}
