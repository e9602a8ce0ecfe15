package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.testprovider.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * Issue 16, attacks 2 and 3 as regression tests: with the vault on no secret is stored or exported in plain
 * text (API keys, the legacy v1 key, imported keys, secret header and query values), and a lock reaches every
 * open page at once.
 */
class VaultSecretsE2eTest extends E2eBase {
    private static final String PASS = "correct horse battery";
    private static final String KEY = "sk-proj-Qm7vXc2Lp9Rt4Wz8Nb6Hd3Fa";
    private static final String GATEWAY_TOKEN = "cfut_Jh5Kd8Ws2Xq7Vn4Lb9Mz3Pt6";
    private static final String SIG = "Uy6Tg3Hr8Ke2Wd5Qc9Zs4Bn7Vx1";
    private static final String LEGACY_KEY = "sk-Rf4Yu8Io2Pa6Sd9Fg3Hj7Kl5Zx";
    private static final String IMPORTED_KEY = "sk-Cv1Bn5Mq8Wr3Ty6Ui9Op2As4Df";
    private static final List<String> SECRETS = List.of(KEY, GATEWAY_TOKEN, SIG, LEGACY_KEY, IMPORTED_KEY);

    /** A Cloudflare-AI-Gateway-like provider at the test provider: key, secret gateway header, signed query value. */
    private Map<String, String> gatewaySettings() {
        ProviderConfig p = new ProviderConfig("p-gw", "Gateway", provider.baseUrl());
        p.apiKey = KEY;
        p.extraHeaders.add(new NameValue("cf-aig-authorization", "Bearer " + GATEWAY_TOKEN));
        p.extraHeaders.add(new NameValue("X-Team", "research"));
        p.extraQuery.add(new NameValue("sig", SIG));
        Settings s = new Settings();
        s.providers.add(p);
        Map<String, String> m = new HashMap<>();
        m.put("modeldeck.settings", s.toJson(true).toString());
        return m;
    }

    private static Map<String, String> legacyKeys() {
        return Map.of("openai_api_base", provider.baseUrl(), "openai_api_key", LEGACY_KEY, "openai_model", "demo-chat");
    }

    private void enableVault() {
        waitFor("key storage panel", () -> A11y.exists(d(), "textbox", "New passphrase"));
        type("textbox", "New passphrase", PASS);
        type("textbox", "Repeat passphrase", PASS);
        click("button", "Encrypt keys with a passphrase");
        waitFor("encrypted", 30, () -> statusText().contains("Keys encrypted"));
    }

    private void lockInOptions() {
        waitFor("lock button", () -> A11y.exists(d(), "button", "Lock now"));
        click("button", "Lock now");
        waitFor("locked", () -> A11y.exists(d(), "textbox", "Vault passphrase"));
    }

    private String localStorageText() {
        return (String) js("var out = ''; for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
            + " out += k + '=' + localStorage.getItem(k) + '\\n'; } return out;");
    }

    /** No secret, and no 12-character piece of one, anywhere in {@code text}. */
    private static void assertNoSecretIn(String text, String where) {
        for (String secret : SECRETS) {
            for (int i = 0; i + 12 <= secret.length(); i++) {
                String piece = secret.substring(i, i + 12);
                assertFalse(text.contains(piece), where + " holds '" + piece + "' of a secret:\n" + text);
            }
        }
    }

    /** Whether a request the test provider received carries any of the secrets (headers, query or body). */
    private static boolean carriesASecret(RecordedRequest r) {
        String all = r.headers() + " " + r.query() + " " + r.body();
        return all.contains(KEY) || all.contains(GATEWAY_TOKEN) || all.contains(SIG);
    }

    private String conversationText() { return find("log", "Conversation").getText(); }

    private void send(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
    }

    private void chatOnce(String text) {
        chooseStartingWith("Model", "demo-chat ");
        send(text);
        waitFor("reply", 20, () -> conversationText().contains("You said: " + text));
        waitFor("reply finished", 20, () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
    }

    private void captureDownloads() {
        js("window.__lastDownload = null; var orig = URL.createObjectURL.bind(URL);"
            + " URL.createObjectURL = function(b) { b.text().then(function(t) { window.__lastDownload = t; }); return orig(b); };"
            + " HTMLAnchorElement.prototype.click = function() { window.__downloadName = this.download; };");
    }

    private String exportWithoutKeys() {
        js("window.__lastDownload = null;");
        click("button", "Export");
        assertFalse(find("checkbox", "Include API keys").isSelected(), "keys are off by default");
        click("button", "Download");
        waitFor("download captured", () -> js("return window.__lastDownload") != null);
        return (String) js("return window.__lastDownload");
    }

    private void importFile(String text) throws Exception {
        Path file = Files.createTempDirectory("modeldeck-import").resolve("providers.json");
        Files.writeString(file, text);
        if (!A11y.exists(d(), "region", "Import providers")) {
            click("button", "Import");
        }
        d().findElement(By.id("f-import-file")).sendKeys(file.toString());
        waitFor("preview", () -> A11y.exists(d(), "region", "Import preview"));
    }

    /** Imports a file with one new provider "Imported" and its key, and waits until it is listed. */
    private void importProviderWithKey(String key) throws Exception {
        importFile(fileWithKey(key));
        click("button", "Apply import");
        waitFor("imported", () -> listText("Providers").contains("Imported"));
    }

    private void unlockInPopup() {
        browser.open("popup.html");
        waitFor("unlock bar", () -> A11y.exists(d(), "textbox", "Vault passphrase"));
        find("textbox", "Vault passphrase").sendKeys(PASS);
        click("button", "Unlock");
        waitFor("unlocked", 30, () -> !A11y.exists(d(), "textbox", "Vault passphrase"));
    }

    private static String fileWithKey(String key) {
        return "{\"format\":\"modeldeck-providers\",\"version\":1,\"includesKeys\":true,\"providers\":[{\"id\":\"p-imported\","
            + "\"name\":\"Imported\",\"baseUrl\":\"https://imported.example/v1\",\"auth\":\"bearer\",\"apiKey\":\"" + key + "\"}]}";
    }

    private String fieldValue(String id) { return (String) js("return document.getElementById(arguments[0]).value", id); }

    @Test
    void theLegacyKeyLeavesPlainStorageOnceTheVaultIsOnAndStillWorksFromTheVault() {
        browser.seedLocalStorage(legacyKeys());
        provider.faults().requireBearer(LEGACY_KEY);
        browser.open("options.html");
        waitFor("migrated provider", () -> items("Providers").size() == 1);
        assertEquals(LEGACY_KEY, js("return localStorage.getItem('openai_api_key')"), "without the vault it stays for an older build");

        enableVault();

        assertNoSecretIn(localStorageText(), "localStorage after turning the vault on");
        assertNull(js("return localStorage.getItem('openai_api_key')"));
        assertEquals(provider.baseUrl(), js("return localStorage.getItem('openai_api_base')"), "only the key goes");
        assertTrue(statusText().contains("unencrypted copy was removed"), statusText());
        lockInOptions();
        assertNoSecretIn(localStorageText(), "localStorage after Lock now");

        unlockInPopup();
        chatOnce("legacy key from the vault");
        assertEquals("Bearer " + LEGACY_KEY, provider.requests().last().header("Authorization"));
    }

    @Test
    void aLockInTheOptionsReachesASidePanelAlreadyOpenAndItsNextSendIsRefused() {
        browser.seedLocalStorage(gatewaySettings());
        provider.faults().requireBearer(KEY);
        browser.open("options.html");
        enableVault();
        String options = d().getWindowHandle();
        d().switchTo().newWindow(WindowType.TAB);
        browser.open("sidepanel.html");
        String panel = d().getWindowHandle();
        chatOnce("before the lock");
        RecordedRequest unlocked = provider.requests().last();
        assertEquals("Bearer " + KEY, unlocked.header("Authorization"), "the key came from the vault");
        assertEquals("Bearer " + GATEWAY_TOKEN, unlocked.header("cf-aig-authorization"), "the gateway header too");
        assertTrue(unlocked.query().contains("sig=" + SIG), unlocked.query());
        int before = provider.requests().all().size();

        d().switchTo().window(options);
        lockInOptions();
        d().switchTo().window(panel);
        waitFor("the open panel heard the lock by itself", () -> A11y.exists(d(), "textbox", "Vault passphrase"));
        send("after the lock");

        waitFor("refused or answered", 20, () -> conversationText().contains("Unlock to continue")
            || conversationText().contains("You said: after the lock"));
        List<RecordedRequest> after = provider.requests().all().subList(before, provider.requests().all().size());
        for (RecordedRequest r : after) {
            assertFalse(carriesASecret(r), "sent with the key after the lock: " + r + " " + r.headers());
        }
        assertTrue(conversationText().contains("Unlock to continue"), conversationText());
        assertTrue(A11y.exists(d(), "textbox", "Vault passphrase"), "the panel offers to unlock");
        browser.screenshot("vault-lock-reached-side-panel");
    }

    @Test
    void theProviderFormForgetsDecryptedSecretsWhenCancelledAndWhenTheVaultLocks() {
        browser.seedLocalStorage(gatewaySettings());
        browser.open("options.html");
        enableVault();
        click("button", "Edit Gateway");
        waitFor("decrypted key in the form", () -> KEY.equals(fieldValue("f-key")));
        assertTrue(fieldValue("f-extra-headers").contains(GATEWAY_TOKEN), "secret header value shown for editing");

        click("button", "Cancel");
        assertEquals("", fieldValue("f-key"), "no key in the hidden form");
        assertNoSecretIn(fieldValue("f-extra-headers") + fieldValue("f-extra-query"), "the hidden form");

        click("button", "Edit Gateway");
        waitFor("decrypted key in the form", () -> KEY.equals(fieldValue("f-key")));
        lockInOptions();
        waitFor("key cleared on lock", () -> "".equals(fieldValue("f-key")));
        String headers = fieldValue("f-extra-headers");
        assertNoSecretIn(headers + fieldValue("f-extra-query"), "the open form after the lock");
        assertTrue(headers.contains("cf-aig-authorization") && headers.contains("X-Team: research"), headers);
    }

    @Test
    void aKeylessExportLeavesSecretHeaderAndQueryValuesOutWithOrWithoutTheVault() {
        browser.seedLocalStorage(gatewaySettings());
        browser.open("options.html");
        captureDownloads();

        String plain = exportWithoutKeys();
        assertNoSecretIn(plain, "the keyless export");
        assertTrue(plain.contains("cf-aig-authorization") && plain.contains("\"sig\"") && plain.contains("valueOmitted"), plain);
        assertTrue(plain.contains("research"), "plain header values are exported");
        assertTrue(statusText().contains("were left out too"), statusText());

        enableVault();
        assertNoSecretIn(localStorageText(), "localStorage with the vault on");
        String vaulted = exportWithoutKeys();
        assertNoSecretIn(vaulted, "the keyless export with the vault on");
        assertFalse(vaulted.contains("\u2588"), "no placeholder exported as a value");
        assertTrue(vaulted.contains("cf-aig-authorization") && vaulted.contains("valueOmitted"), vaulted);
    }

    @Test
    void importingKeysWithTheVaultOnStoresThemInTheVaultOrWaitsForAnUnlock() throws Exception {
        browser.seedLocalStorage(gatewaySettings());
        browser.open("options.html");
        enableVault();

        importProviderWithKey(IMPORTED_KEY);
        assertNoSecretIn(localStorageText(), "localStorage after an import with keys");
        click("button", "Edit Imported");
        waitFor("the imported key is in the vault", () -> IMPORTED_KEY.equals(fieldValue("f-key")));
        click("button", "Cancel");

        lockInOptions();
        String before = (String) js("return localStorage.getItem('modeldeck.settings')");
        importFile(fileWithKey("sk-Another-Locked-0123456789"));
        click("button", "Apply import");
        waitFor("refused", () -> alertText().contains("Unlock the vault"));
        assertEquals(before, js("return localStorage.getItem('modeldeck.settings')"), "nothing changed");
        assertFalse(localStorageText().contains("sk-Another-Locked"));
    }

    @Test
    void afterAFullScenarioWithTheVaultOnNoStorageHoldsAnySecretOrPieceOfOne() throws Exception {
        Map<String, String> seed = new HashMap<>(gatewaySettings());
        seed.putAll(legacyKeys());
        browser.seedLocalStorage(seed);
        browser.open("options.html");
        waitFor("both providers", () -> items("Providers").size() == 2);
        captureDownloads();
        enableVault();

        browser.open("popup.html");
        chatOnce("first question");
        RecordedRequest asked = provider.requests().last();
        assertTrue(asked.header("Authorization").startsWith("Bearer sk-"), "a key from the vault was sent");

        browser.open("options.html");
        captureDownloads();
        importProviderWithKey(IMPORTED_KEY);
        assertNoSecretIn(exportWithoutKeys(), "the keyless export");
        lockInOptions();

        unlockInPopup();
        chatOnce("second question");

        browser.open("options.html");
        lockInOptions();
        String dump = allStorageDump();
        assertTrue(dump.contains("modeldeck.vault") && dump.contains("second question"), "the dump sees the stored data");
        assertNoSecretIn(dump, "extension storage");
    }
}
