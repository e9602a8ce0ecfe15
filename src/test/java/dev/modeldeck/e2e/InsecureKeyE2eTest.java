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
        waitFor("saved", () -> listText("Providers").contains("Plain remote"));
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
        waitFor("renamed", () -> listText("Providers").contains("Plain remote renamed"));
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
        waitFor("saved", () -> listText("Providers").contains("Moves to https"));
        assertFalse(stored().providers.get(0).allowInsecureKey, "a confirmation that no longer applies is not kept");
    }

    @Test
    void noConfirmationForLocalServersKeylessProvidersOrHttps() {
        fill("Local with key", provider.baseUrl(), "Bearer token", "sk-local-0123456789abcdef");
        assertFalse(confirmationShown(), "127.0.0.1 is this computer");
        click("button", "Save");
        waitFor("local saved", () -> listText("Providers").contains("Local with key"));

        fill("Remote keyless", REMOTE_HTTP, "None", null);
        assertFalse(confirmationShown(), "no key, nothing to protect");
        click("button", "Save");
        waitFor("keyless saved", () -> listText("Providers").contains("Remote keyless"));

        // Turning authentication on with a key makes the same address need the confirmation.
        fill("Remote keyed", REMOTE_HTTP, "None", null);
        choose("Authentication", "Bearer token");
        type("textbox", "API key", "sk-later-0123456789abcdef");
        assertTrue(confirmationShown(), "shown as soon as a key would be sent");
        click("button", "Save");
        waitFor("refusal", () -> !baseUrlMessage().isEmpty());
        assertFalse(listText("Providers").contains("Remote keyed"));
    }
}
