package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A key over http:// to a host outside the user's network needs an explicit tick of
 * "Send my key over an unencrypted connection"; without it the save is refused next to the Base URL.
 * example.invalid resolves nowhere: only the save flow matters here.
 */
class InsecureKeyE2eTest extends E2eBase {
    static final String CONFIRM = "Send my key over an unencrypted connection";
    static final String REMOTE_HTTP = "http://example.invalid/v1";

    /** Listed under Providers (by its Edit button: the row's name text can be squeezed out of view by its badges). */
    private boolean listed(String name) { return A11y.exists(d(), "button", "Edit " + name); }

    private boolean confirmationShown() { return A11y.exists(d(), "checkbox", CONFIRM); }

    private String baseUrlMessage() {
        return (String) js("var m = document.getElementById('msg-baseUrl'); return m ? m.textContent : ''");
    }

    private Settings stored() {
        String json = (String) js("return localStorage.getItem(arguments[0])", StorageKeys.SETTINGS);
        try {
            return json == null ? new Settings() : Settings.fromJson(JsonParser.parse(json));
        } catch (dev.modeldeck.core.json.JsonException e) {
            throw new AssertionError("stored settings are not JSON", e);
        }
    }

    private void fill(String name, String url, String auth, String key) {
        browser.open("options.html");
        click("button", "Add provider");
        choose("Preset", "Custom (OpenAI-compatible)");
        type("textbox", "Name", name);
        type("textbox", "Base URL", url);
        choose("Authentication", auth);
        if (key != null) {
            type("textbox", "API key", key);
        }
    }

    @Test
    void remoteHttpWithAKeyIsRefusedUntilConfirmedAndTheConfirmationIsRemembered() {
        fill("Plain remote", REMOTE_HTTP, "Bearer token", "sk-insecure-0123456789abcdef");
        assertTrue(confirmationShown(), "the confirmation appears for a key over remote http://");
        WebElement box = find("checkbox", CONFIRM);
        assertFalse(box.isSelected(), "not ticked by default");

        click("button", "Save");
        waitFor("refusal", () -> !baseUrlMessage().isEmpty());
        String message = baseUrlMessage();
        assertTrue(message.contains("unencrypted") && message.contains(CONFIRM), "clear message next to the Base URL: " + message);
        assertTrue(alertText().startsWith("Not saved"), alertText());
        assertEquals("true", find("textbox", "Base URL").getAttribute("aria-invalid"));
        assertTrue(stored().providers.isEmpty(), "nothing was stored");
        browser.screenshot("insecure-key-refused");

        find("checkbox", CONFIRM).click();
        click("button", "Save");
        waitFor("saved", () -> listed("Plain remote"));
        assertEquals("", baseUrlMessage().trim(), "the refusal is gone");
        Settings s = stored();
        assertEquals(1, s.providers.size());
        assertTrue(s.providers.get(0).allowInsecureKey, "the confirmation is stored with the provider");

        // Reopened later: still confirmed, so saving again needs no new tick.
        browser.open("options.html");
        click("button", "Edit Plain remote");
        assertTrue(confirmationShown());
        assertTrue(find("checkbox", CONFIRM).isSelected(), "remembered");
        type("textbox", "Name", "Plain remote renamed");
        click("button", "Save");
        waitFor("renamed", () -> listed("Plain remote renamed"));
        assertTrue(stored().providers.get(0).allowInsecureKey);
        browser.screenshot("insecure-key-confirmed");
    }

    @Test
    void movingToHttpsForgetsTheConfirmation() {
        fill("Moves to https", REMOTE_HTTP, "Bearer token", "sk-insecure-0123456789abcdef");
        find("checkbox", CONFIRM).click();
        type("textbox", "Base URL", "https://example.invalid/v1");
        assertFalse(confirmationShown(), "https:// needs no confirmation");
        click("button", "Save");
        waitFor("saved", () -> listed("Moves to https"));
        assertFalse(stored().providers.get(0).allowInsecureKey, "a confirmation that no longer applies is not kept");
    }

    @Test
    void noConfirmationForLocalServersKeylessProvidersOrHttps() {
        fill("Local with key", provider.baseUrl(), "Bearer token", "sk-local-0123456789abcdef");
        assertFalse(confirmationShown(), "127.0.0.1 is this computer");
        click("button", "Save");
        waitFor("local saved", () -> listed("Local with key"));

        fill("Remote keyless", REMOTE_HTTP, "None", null);
        assertFalse(confirmationShown(), "no key, nothing to protect");
        click("button", "Save");
        waitFor("keyless saved", () -> listed("Remote keyless"));

        // Turning authentication on with a key makes the same address need the confirmation.
        fill("Remote keyed", REMOTE_HTTP, "None", null);
        choose("Authentication", "Bearer token");
        type("textbox", "API key", "sk-later-0123456789abcdef");
        assertTrue(confirmationShown(), "shown as soon as a key would be sent");
        click("button", "Save");
        waitFor("refusal", () -> !baseUrlMessage().isEmpty());
        assertFalse(listed("Remote keyed"));
    }

    private void seedStored(dev.modeldeck.core.provider.ProviderConfig p) {
        Settings s = new Settings();
        s.providers.add(p);
        s.defaultProviderId = p.id;
        browser.seedLocalStorage(java.util.Map.of(StorageKeys.SETTINGS, s.toJson(true).toString()));
    }

    @Test
    void aKeyStoredForRemoteHttpWithoutConfirmationIsNeverSentAndTheUserIsToldWhy() {
        // Got into storage without the form (edited by hand, or written by another build).
        dev.modeldeck.core.provider.ProviderConfig p =
            new dev.modeldeck.core.provider.ProviderConfig("p-edited", "Edited remote", REMOTE_HTTP);
        p.apiKey = "sk-edited-0123456789abcdef";
        dev.modeldeck.core.provider.CustomModel m = new dev.modeldeck.core.provider.CustomModel("remote-chat");
        m.addedByHand = true;
        p.customModels.add(m);
        p.defaultModel = "remote-chat";
        seedStored(p);

        browser.open("options.html");
        waitFor("listed", () -> listed("Edited remote"));
        assertTrue(listText("Providers").contains("key over http:// not confirmed"), listText("Providers"));

        browser.open("popup.html");
        chooseStartingWith("Model", "remote-chat");
        WebElement box = find("textbox", "Message");
        box.sendKeys("hello");
        pressEnter(box);
        waitFor("refusal shown", () -> alertText().contains("would send your API key unencrypted"));
        String alert = alertText();
        assertTrue(alert.contains("nothing was sent") && alert.contains(CONFIRM), alert);
        assertFalse(alert.contains("sk-edited-0123456789abcdef"), "the key is never shown");
        browser.screenshot("insecure-key-blocked-at-send");
    }

    @Test
    void legacyHttpSetupIsMigratedWithItsKeyHeldBackUntilConfirmed() {
        browser.seedLocalStorage(java.util.Map.of("openai_api_base", REMOTE_HTTP, "openai_api_key", "sk-legacy-http-0123456789"));
        browser.open("options.html");
        waitFor("migration notice", () -> statusText().contains("won't send it until"));
        assertTrue(statusText().contains(CONFIRM), statusText());
        Settings s = stored();
        assertEquals("sk-legacy-http-0123456789", s.providers.get(0).apiKey, "nothing lost");
        assertFalse(s.providers.get(0).allowInsecureKey, "never confirmed on the user's behalf");
        assertTrue(listText("Providers").contains("key over http:// not confirmed"), listText("Providers"));
    }
}
