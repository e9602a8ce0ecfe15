package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A provider that echoes the key back in its 401 body (as some gateways do) must not get it onto the
 * screen or into storage: discovery, chat and the connection test are provoked in turn, then the whole
 * page (text, attributes, form values) and every localStorage entry are searched. The key may appear
 * only in the settings document and in the API key input's value.
 */
class KeyRedactionE2eTest extends ConnectionTestSupport {
    static final String KEY = "sk-proj-R3dact10nE2e7Qm4Vx9Lp2Zk8Hs5Nd1Wc6Ty0Bf";
    /** Pieces long enough that none occurs by chance: a partly masked key still fails the scan. */
    static final List<String> PIECES = pieces();

    private static List<String> pieces() {
        List<String> out = new ArrayList<>();
        out.add(KEY);
        String core = KEY.substring("sk-proj-".length());
        for (int i = 0; i + 10 <= core.length(); i += 5) {
            out.add(core.substring(i, i + 10));
        }
        return out;
    }

    static String echoingBody() {
        return "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". You sent 'Authorization: Bearer " + KEY
            + "'. Find your key at https://platform.example/account/api-keys.\",\"type\":\"invalid_request_error\","
            + "\"param\":\"" + KEY + "\",\"code\":\"invalid_api_key\"}}";
    }

    /** Everything a person or a script could read on the page, except the API key input's own value. */
    static final String PAGE_SCAN = "var parts = [document.title, document.documentElement.textContent];"
        + "document.querySelectorAll('*').forEach(function (el) {"
        + "  for (var i = 0; i < el.attributes.length; i++) {"
        + "    if (!(el.id === 'f-key' && el.attributes[i].name === 'value')) { parts.push(el.attributes[i].value); } }"
        + "  if ((el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select') && el.id !== 'f-key') {"
        + "    parts.push(el.value); }"
        + "});"
        + "return parts.join('\\n');";

    static final String STORAGE_SCAN = "var out = {};"
        + "for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i); out[k] = localStorage.getItem(k); }"
        + "return out;";

    private void seedKeyedProvider() {
        Settings s = new Settings();
        ProviderConfig p = new ProviderConfig("p1", "Echoing gateway", provider.baseUrl());
        p.authStyle = AuthStyle.BEARER;
        p.apiKey = KEY;
        CustomModel byHand = new CustomModel("demo-chat");
        byHand.addedByHand = true;
        p.customModels.add(byHand);
        s.providers.add(p);
        browser.seedLocalStorage(Map.of(StorageKeys.SETTINGS, s.toJson(true).toString()));
    }

    private void assertKeyNowhere(String when) {
        String page = (String) js(PAGE_SCAN);
        for (String piece : PIECES) {
            assertFalse(page.contains(piece), when + ": the page shows (part of) the key: " + piece + " in …"
                + around(page, piece));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) js(STORAGE_SCAN);
        for (Map.Entry<String, Object> e : storage.entrySet()) {
            if (e.getKey().equals(StorageKeys.SETTINGS)) {
                continue;
            }
            String v = String.valueOf(e.getValue());
            for (String piece : PIECES) {
                assertFalse(v.contains(piece), when + ": localStorage " + e.getKey() + " holds (part of) the key: " + around(v, piece));
            }
        }
        String history = historyDump();
        for (String piece : PIECES) {
            assertFalse(history.contains(piece), when + ": the conversation history holds (part of) the key: " + around(history, piece));
        }
        System.out.println("[key-redaction] " + when + ": clean (" + storage.keySet() + " and " + history.length() + " characters of history)");
    }

    /** Sends a message from the popup and waits until the reply has failed; returns the alert. */
    private String sendFailingChat() {
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        WebElement box = find("textbox", "Message");
        box.sendKeys("Does my key show?");
        pressEnter(box);
        waitFor("chat error", 20, () -> alertText().length() > 0);
        waitFor("reply finished", () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
        return alertText();
    }

    private static String around(String s, String piece) {
        int i = s.indexOf(piece);
        return i < 0 ? "" : s.substring(Math.max(0, i - 80), Math.min(s.length(), i + piece.length() + 40));
    }

    @Test
    void echoedKeyNeverReachesThePageOrStorage() {
        seedKeyedProvider();
        provider.faults().add(Fault.status(401).body(echoingBody()).on(Target.ALL).always());

        // Discovery: the options page loads the model list of the provider being edited.
        browser.open("options.html");
        click("button", "Edit Echoing gateway");
        waitFor("discovery error", 20, () -> alertText().contains("Could not load models"));
        assertTrue(provider.requests().count(Target.MODELS) >= 1);
        assertEquals("Bearer " + KEY, provider.requests().to(Target.MODELS).get(0).header("authorization"), "the key was sent");
        String key = (String) js("return document.getElementById('f-key').value");
        assertEquals(KEY, key, "the key input itself still holds the key");
        System.out.println("[key-redaction] discovery: " + alertText());
        assertKeyNowhere("discovery");

        // Connection test of the same provider.
        String report = runTest();
        System.out.println("[key-redaction] connection test:\n" + report);
        assertTrue(report.contains("401") || report.toLowerCase().contains("key"), report);
        assertKeyNowhere("connection test");
        showReport();
        browser.screenshot("key-redaction-connection-test");

        // Chat: the reply fails with the echoing 401.
        System.out.println("[key-redaction] chat: " + sendFailingChat());
        assertTrue(provider.requests().count(Target.CHAT) >= 1);
        assertKeyNowhere("chat");
        browser.screenshot("key-redaction-chat");

        // Reopened: the saved conversation and health records hold no key either.
        browser.open("popup.html");
        assertKeyNowhere("chat reopened");
        browser.open("options.html");
        assertKeyNowhere("options reopened");
    }

    /** The key as hostile gateways echo it: split by zero-width characters, in halves, lower-cased, JSON-escaped. */
    static String obfuscatedEchoBody() {
        StringBuilder zeroWidth = new StringBuilder();
        String[] invisible = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"};
        for (int i = 0; i < KEY.length(); i++) {
            zeroWidth.append(KEY.charAt(i));
            if (i % 4 == 3) {
                zeroWidth.append(invisible[(i / 4) % invisible.length]);
            }
        }
        int half = KEY.length() / 2;
        String message = "Incorrect API key provided: " + zeroWidth + ". First half " + KEY.substring(0, half)
            + ", second half " + KEY.substring(half) + ". Normalised: " + KEY.toLowerCase() + ".";
        // In the raw body U+200B is a JSON escape, so a snippet of the raw text shows the escape, not the character.
        return "{\"error\":{\"message\":" + dev.modeldeck.core.json.JsonWriter.quote(message).replace("\u200b", "\\u200b")
            + ",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"},\"echo\":\"" + KEY.substring(0, 20)
            + "\\u200b" + KEY.substring(20) + "\"}";
    }

    /** Text with invisible characters and JSON escapes of them removed, lower-cased: how a reader would piece the key together. */
    static String normalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && text.startsWith("u", i + 1) && i + 6 <= text.length()
                    && List.of("200b", "200c", "200d", "2060", "feff", "00ad").contains(text.substring(i + 2, i + 6).toLowerCase())) {
                i += 5;
            } else if ("\u200b\u200c\u200d\u2060\ufeff\u00ad".indexOf(c) < 0) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Every 12-character piece of the key, lower-cased: none may appear anywhere once text is normalised. */
    static List<String> fragments() {
        List<String> out = new ArrayList<>();
        String k = KEY.toLowerCase();
        for (int i = 0; i + 12 <= k.length(); i++) {
            out.add(k.substring(i, i + 12));
        }
        return out;
    }

    /** With the vault on no piece of the key may be anywhere; without it the settings document holds the key itself. */
    private void assertNoFragment(String when, boolean vaultOn) {
        String page = normalised((String) js(PAGE_SCAN));
        for (String f : fragments()) {
            assertFalse(page.contains(f), when + ": the page shows a piece of the key: " + around(page, f));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) js(STORAGE_SCAN);
        for (Map.Entry<String, Object> e : storage.entrySet()) {
            if (!vaultOn && e.getKey().equals(StorageKeys.SETTINGS)) {
                continue;
            }
            String v = normalised(e.getKey() + "=" + e.getValue());
            for (String f : fragments()) {
                assertFalse(v.contains(f), when + ": localStorage " + e.getKey() + " holds a piece of the key: " + around(v, f));
            }
        }
        String history = normalised(vaultOn ? indexedDbDump() : historyDump());
        for (String f : fragments()) {
            assertFalse(history.contains(f), when + ": IndexedDB holds a piece of the key: " + around(history, f));
        }
        System.out.println("[key-redaction] obfuscated, " + when + ": clean (" + storage.keySet() + " and " + history.length() + " characters in IndexedDB)");
    }

    @Test
    void obfuscatedEchoesNeverReachThePageOrStorageWithTheVaultOn() {
        seedKeyedProvider();
        provider.faults().add(Fault.status(401).body(obfuscatedEchoBody()).on(Target.ALL).always());
        browser.open("options.html");
        waitFor("key storage panel", () -> A11y.exists(d(), "textbox", "New passphrase"));
        type("textbox", "New passphrase", "correct horse battery");
        type("textbox", "Repeat passphrase", "correct horse battery");
        click("button", "Encrypt keys with a passphrase");
        waitFor("encrypted", 30, () -> statusText().contains("Keys encrypted"));

        // Discovery of the provider being edited: the 401 is shown and its message kept with the model cache.
        click("button", "Edit Echoing gateway");
        waitFor("discovery error", 20, () -> alertText().contains("Could not load models"));
        assertEquals("Bearer " + KEY, provider.requests().to(Target.MODELS).get(0).header("authorization"), "the key was sent");
        System.out.println("[key-redaction] obfuscated discovery: " + alertText());
        assertNoFragment("discovery", true);

        String report = runTest();
        System.out.println("[key-redaction] obfuscated connection test:\n" + report);
        assertNoFragment("connection test", true);

        // Test all keeps its table (and each provider's health) in storage.
        browser.open("options.html");
        click("button", "Test all");
        waitFor("test all finished", 60, () -> "false".equals(find("region", "Test all results").getAttribute("aria-busy")));
        assertNoFragment("test all", true);

        System.out.println("[key-redaction] obfuscated chat: " + sendFailingChat());
        assertNoFragment("chat", true);
        browser.screenshot("key-redaction-obfuscated-chat");

        browser.open("options.html");
        assertNoFragment("options reopened", true);
    }

    @Test
    void theNormalisedScanWouldSeeAnObfuscatedKey() {
        seedKeyedProvider();
        browser.open("options.html");
        js("var d = document.createElement('div'); d.textContent = arguments[0]; document.body.appendChild(d);",
            KEY.substring(8, 14) + "\u200b" + KEY.substring(14, 21).toUpperCase());
        assertThrows(AssertionError.class, () -> assertNoFragment("probe split and upper-cased", false));
        js("document.body.lastChild.remove(); localStorage.setItem('modeldeck.probe', arguments[0]);",
            KEY.substring(20, 26) + "\\u200b" + KEY.substring(26, 34));
        assertThrows(AssertionError.class, () -> assertNoFragment("probe escaped in storage", false));
        js("localStorage.removeItem('modeldeck.probe')");
        assertNoFragment("probe removed", false);
    }

    @Test
    void theScanWouldSeeAKeyThatLeaked() {
        seedKeyedProvider();
        browser.open("options.html");
        js("var d = document.createElement('div'); d.title = arguments[0].slice(8, 30); document.body.appendChild(d);", KEY);
        assertThrows(AssertionError.class, () -> assertKeyNowhere("probe in an attribute"));
        js("document.body.lastChild.remove(); localStorage.setItem('modeldeck.probe', 'x' + arguments[0].slice(20));", KEY);
        assertThrows(AssertionError.class, () -> assertKeyNowhere("probe in storage"));
        js("localStorage.removeItem('modeldeck.probe')");
        assertKeyNowhere("probe removed");
    }
}
