package dev.modeldeck.e2e;

import dev.modeldeck.testprovider.TestProvider;
import dev.modeldeck.testprovider.TestProviderExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (127.0.0.1 granted unless the class says {@link WithoutHostPermission}) and one local test
 * provider per test class; storage wiped per test. A test that failed or timed out leaves a browser that may be
 * stuck, so the next test gets a fresh one ({@link BrowserRecycler}).
 */
@ExtendWith(BrowserRecycler.class)
abstract class E2eBase {
    /** Started before all tests of a class, reset before each, closed after all (also when something failed). */
    @RegisterExtension
    static final TestProviderExtension PROVIDER = new TestProviderExtension();
    static ExtensionBrowser browser;
    static TestProvider provider;
    /** The page's language; steps name controls in English and {@link UiText#tr} words them as the page does. */
    static UiText ui;

    @BeforeAll
    static void startAll(org.junit.jupiter.api.TestInfo info) throws Exception {
        InLanguage lang = info.getTestClass().map(c -> c.getAnnotation(InLanguage.class)).orElse(null);
        String language = lang == null ? "en-US" : lang.value();
        boolean granted = info.getTestClass().map(c -> c.getAnnotation(WithoutHostPermission.class) == null).orElse(true);
        provider = PROVIDER.get();
        browser = new ExtensionBrowser(granted ? ExtensionBrowser.Grant.LOCALHOST : ExtensionBrowser.Grant.NONE, language);
        ui = UiText.forLanguage(language);
    }

    @AfterAll
    static void stopAll() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void cleanState() {
        if (BrowserRecycler.takeRestartRequest() || !browser.responsive()) {
            browser.restart();
        }
        browser.seedLocalStorage(java.util.Map.of());
    }

    WebDriver d() { return browser.driver(); }

    /** A control looked up afresh (one atomic query) for every action on it. */
    Control find(String role, String name) { return new Control(d(), role, ui.tr(name)); }

    boolean exists(String role, String name) { return A11y.exists(d(), role, ui.tr(name)); }

    void click(String role, String name) { find(role, name).click(); }

    void type(String role, String name, String text) {
        find(role, name).act(e -> {
            e.clear();
            e.sendKeys(text);
            return null;
        });
    }

    void choose(String comboName, String visibleText) {
        find("combobox", comboName).act(e -> {
            new Select(e).selectByVisibleText(ui.tr(visibleText));
            return null;
        });
    }

    /** Selects the first option whose text starts with {@code prefix}; retries while the list re-renders. */
    void chooseStartingWith(String comboName, String prefix) {
        waitFor("option '" + prefix + "' in " + comboName, () -> find("combobox", comboName).act(e -> {
            Select select = new Select(e);
            for (WebElement o : select.getOptions()) {
                if (o.getText().startsWith(prefix)) {
                    select.selectByVisibleText(o.getText());
                    return select.getFirstSelectedOption().getText().startsWith(prefix);
                }
            }
            return false;
        }));
    }

    String text(String role, String name) { return find(role, name).getText(); }

    Object js(String script, Object... args) { return ((JavascriptExecutor) d()).executeScript(script, args); }

    /** Text of the visible alert, or "". */
    String alertText() {
        return (String) js("var a = document.querySelector('[role=alert]'); return a && !a.hidden ? a.textContent : ''");
    }

    String statusText() {
        return (String) js("var a = document.querySelector('.status[role=status]'); return a ? a.textContent : ''");
    }

    void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
        waitFor(what, 15, condition);
    }

    void waitFor(String what, int seconds, java.util.function.Supplier<Boolean> condition) {
        try {
            // A control that re-renders while the condition reads it is "not yet", never a failure.
            new WebDriverWait(d(), Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(drv -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            // A picture and the page's text make a timeout on a CI run readable after the fact.
            browser.screenshot("timeout-" + getClass().getSimpleName());
            String page = String.valueOf(js("var a = document.getElementById('app'); return a ? a.innerText.slice(0, 1500) : ''"));
            throw new AssertionError("Timed out waiting for: " + what + " (alert: '" + alertText() + "')\npage text: " + page, e);
        }
    }

    List<WebElement> items(String listName) {
        return find("list", listName).findElements(By.cssSelector(":scope > li"));
    }

    /** The rendered text of each item of a list, one line each, read in one script so a re-render cannot split it. */
    String listText(String listName) {
        return find("list", listName).act(list -> (String) js(
            "return Array.from(arguments[0].querySelectorAll(':scope > li')).map(li => li.innerText.trim() + '\\n').join('');",
            list));
    }

    /** Chat page: types the message and presses Enter. */
    void ask(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
    }

    /** Chat page: the conversation log's text. */
    String chatLog() { return find("log", "Conversation").getText(); }

    /** Chat page: no reply is running. */
    boolean chatIdle() { return "false".equals(find("log", "Conversation").getAttribute("aria-busy")); }

    /** Adds a keyless provider pointing at the local test provider through the form. */
    void addLocalProvider(String name) {
        browser.open("options.html");
        click("button", "Add provider");
        choose("Preset", "Custom (OpenAI-compatible)");
        type("textbox", "Name", name);
        type("textbox", "Base URL", provider.baseUrl());
        choose("Authentication", "None");
        click("button", "Save");
        waitFor("provider saved", () -> listText("Providers").contains(name));
    }

    static void pressEnter(WebElement e) { e.sendKeys(Keys.ENTER); }

    /** Stores settings with keyless providers at the local test provider (ids p1, p2, ...) before a page opens. */
    void seedProviders(String... names) {
        seedProviders(java.util.Map.of(), names);
    }

    /** The same, with more storage entries beside the settings (e.g. a stored conversation). */
    void seedProviders(java.util.Map<String, String> more, String... names) {
        dev.modeldeck.core.store.Settings s = new dev.modeldeck.core.store.Settings();
        for (int i = 0; i < names.length; i++) {
            dev.modeldeck.core.provider.ProviderConfig p =
                new dev.modeldeck.core.provider.ProviderConfig("p" + (i + 1), names[i], provider.baseUrl());
            p.authStyle = dev.modeldeck.core.provider.AuthStyle.NONE;
            s.providers.add(p);
        }
        java.util.Map<String, String> entries = new java.util.HashMap<>(more);
        entries.put("modeldeck.settings", s.toJson(true).toString());
        browser.seedLocalStorage(entries);
    }

    /** Clicks {@code button} and returns the text of the file it downloads (captured, never saved: the Blob's text). */
    String captureDownload(String button) {
        js("window.__lastDownload = null; var orig = URL.createObjectURL.bind(URL);"
            + " URL.createObjectURL = function(b) { b.text().then(function(t) { window.__lastDownload = t; }); return orig(b); };"
            + " HTMLAnchorElement.prototype.click = function() { window.__downloadName = this.download; };");
        click("button", button);
        waitFor("download captured", () -> js("return window.__lastDownload") != null);
        return (String) js("return window.__lastDownload");
    }

    /** Reads every IndexedDB database of the extension into {@code idb}, leaving out the stores named in {@code skip} (an async script fragment). */
    private static final String READ_INDEXED_DB = " const idb = {};"
        + " const req = r => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });"
        + " for (const info of await indexedDB.databases()) {"
        + "   const db = await req(indexedDB.open(info.name)); const stores = {};"
        + "   for (const name of Array.from(db.objectStoreNames).filter(n => !skip.includes(n))) {"
        + "     const store = db.transaction(name, 'readonly').objectStore(name);"
        + "     stores[name] = {keys: await req(store.getAllKeys()), values: await req(store.getAll())}; }"
        + "   db.close(); idb[info.name] = stores; }";

    /** Every IndexedDB database of the extension (conversation history, settings copy) as one JSON text. */
    protected String indexedDbDump() {
        return (String) js("return (async () => { const skip = [];" + READ_INDEXED_DB + " return JSON.stringify(idb); })()");
    }

    /** The conversation history in IndexedDB without the settings copy (which holds a plain key when the vault is off). */
    protected String historyDump() {
        return (String) js("return (async () => { const skip = ['meta'];" + READ_INDEXED_DB + " return JSON.stringify(idb); })()");
    }

    /** Every storage an extension page can reach, as one text: localStorage, sessionStorage, chrome.storage.*, IndexedDB. */
    protected String allStorageDump() {
        return (String) js("return (async () => { const skip = [];"
            + " const out = {local: {}, sessionStorage: {}, chrome: {}};"
            + " for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); out.local[k] = localStorage.getItem(k); }"
            + " for (let i = 0; i < sessionStorage.length; i++) { const k = sessionStorage.key(i); out.sessionStorage[k] = sessionStorage.getItem(k); }"
            + " for (const area of ['local', 'session', 'sync']) {"
            + "   try { out.chrome[area] = chrome.storage[area] ? await chrome.storage[area].get(null) : 'absent'; }"
            + "   catch (e) { out.chrome[area] = 'unreadable: ' + e.message; } }"
            + READ_INDEXED_DB + " out.indexedDB = idb;"
            + " return JSON.stringify(out); })()");
    }
}
