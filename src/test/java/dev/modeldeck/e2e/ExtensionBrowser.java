package dev.modeldeck.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium with the built extension loaded. Tests get a copy of target/extension whose
 * manifest also grants 127.0.0.1 (headless Chromium never answers permission prompts), or the
 * production manifest unchanged when a test needs the "not granted" state.
 *
 * <p>Nothing it does can hang: every WebDriver command, page load and script has a bound in seconds, a browser
 * that stopped answering is replaced by {@link #restart()}, and its chromedriver and Chromium processes are
 * killed on {@link #close()} and, for any still alive, when the JVM exits.
 */
public final class ExtensionBrowser implements AutoCloseable {
    public enum Grant { LOCALHOST, NONE }

    /** Page loads: an extension page loads in well under a second; 20 s means the tab is stuck. */
    static final Duration PAGE_LOAD = Duration.ofSeconds(20);
    /** How long the first page after a crash may take while Chromium recovers the profile. */
    static final Duration CRASH_RECOVERY = Duration.ofSeconds(60);
    static final Duration DEFAULT_SCRIPT = Duration.ofSeconds(30);
    /** Every browser started in this JVM and not yet closed, so the shutdown hook can kill what is left. */
    private static final Set<ExtensionBrowser> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ExtensionBrowser::kill), "kill-browsers"));
    }

    private final Grant grant;
    private final String language;
    private final Duration scriptTimeout;
    private final String extensionId;
    private final Path extensionDir;
    private final Path screenshots;
    private volatile ChromeDriver driver;
    private volatile Path userData;
    /** chromedriver and everything it started (Chromium and its helpers), found when the browser started. */
    private volatile List<ProcessHandle> processes = List.of();

    public ExtensionBrowser(Grant grant) throws IOException {
        this(grant, "en-US");
    }

    /** {@code language} is the browser's UI language (e.g. "de"), which chrome.i18n follows. */
    public ExtensionBrowser(Grant grant, String language) throws IOException {
        this(grant, language, DEFAULT_SCRIPT);
    }

    /** {@code scriptTimeout} bounds an async script (benchmarks run longer ones than tests). */
    public ExtensionBrowser(Grant grant, String language, Duration scriptTimeout) throws IOException {
        this.grant = grant;
        this.language = language;
        this.scriptTimeout = scriptTimeout;
        Path built = Paths.get(System.getProperty("modeldeck.extension", "target/extension")).toAbsolutePath();
        if (!Files.exists(built.resolve("manifest.json"))) {
            throw new IllegalStateException("No built extension at " + built + "; run mvn package first");
        }
        extensionDir = built.resolveSibling("e2e-extension-" + grant.name().toLowerCase());
        copyTree(built, extensionDir);
        if (grant == Grant.LOCALHOST) {
            Path manifest = extensionDir.resolve("manifest.json");
            String m = Files.readString(manifest);
            m = m.replaceFirst("\"permissions\"", "\"host_permissions\": [\"http://127.0.0.1/*\", \"http://localhost/*\"],\n  \"permissions\"");
            Files.writeString(manifest, m);
        }
        extensionId = idForPath(extensionDir.toRealPath().toString());
        screenshots = Paths.get(System.getProperty("modeldeck.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        start();
    }

    private void start() throws IOException {
        userData = Files.createTempDirectory("modeldeck-chrome");
        launch();
    }

    /**
     * Starts chromedriver and Chromium on the current profile directory, again when the first tab came up stuck
     * ({@link FirstTab}); the profile is kept, so a relaunch after a crash still finds what the crash left.
     */
    private void launch() throws IOException {
        for (int attempt = 1; ; attempt++) {
            launchOnce();
            if (attempt > FirstTab.CHECKED_LAUNCHES || FirstTab.takesCommands(driver, PAGE_LOAD)) {
                return;
            }
            System.err.println("ExtensionBrowser: Chromium's first tab is stuck (launch " + attempt + "); starting it again");
            killProcesses();
        }
    }

    private void launchOnce() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--user-data-dir=" + userData, "--lang=" + language,
            "--load-extension=" + extensionDir, "--disable-extensions-except=" + extensionDir);
        options.setPageLoadTimeout(PAGE_LOAD);
        options.setScriptTimeout(scriptTimeout);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(20))
            .withEnvironment(java.util.Map.of("LANGUAGE", language.replace('-', '_'), "LANG", language.replace('-', '_') + ".UTF-8"))
            .build();
        // A command that gets no answer fails after this long instead of Selenium's default three minutes; never
        // before the longest bound a command is given (the page load after a crash), or that bound cannot be reached.
        Duration longest = scriptTimeout.compareTo(CRASH_RECOVERY) > 0 ? scriptTimeout : CRASH_RECOVERY;
        ClientConfig client = ClientConfig.defaultConfig().connectionTimeout(Duration.ofSeconds(10))
            .readTimeout(longest.plusSeconds(15));
        Set<ProcessHandle> before = children();
        LIVE.add(this);
        try {
            driver = new ChromeDriver(service, options, client);
        } finally {
            processes = started(before);
        }
    }

    private static Set<ProcessHandle> children() {
        try (Stream<ProcessHandle> s = ProcessHandle.current().children()) {
            return s.collect(Collectors.toSet());
        }
    }

    /** The chromedriver this browser started and all its descendants (browsers start one at a time). */
    private static List<ProcessHandle> started(Set<ProcessHandle> before) {
        List<ProcessHandle> out = new ArrayList<>();
        for (ProcessHandle child : children()) {
            if (!before.contains(child)) {
                out.add(child);
                try (Stream<ProcessHandle> d = child.descendants()) {
                    d.forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * Throws this browser away and starts a fresh one (new profile, same extension): used when a test timed out
     * or the browser stopped answering, so the next test does not inherit a hung tab.
     */
    public void restart() {
        kill();
        try {
            start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills Chromium the hard way (SIGKILL to chromedriver, Chromium and all its helpers at once, as a crash or a
     * power cut would: nothing gets to flush or shut down), then starts it again on the same profile.
     */
    public void crashAndRelaunch() {
        killProcesses();
        try {
            // A crashed profile keeps its lock; Chromium removes a stale one itself when the PID is gone.
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recoverProfile();
    }

    /**
     * The first extension page after a crash waits while Chromium recovers the profile's databases (localStorage
     * is read synchronously, so the renderer stalls; on a loaded machine for longer than the page-load bound).
     * One page that touches storage, under a longer bound, lets that finish before the test goes on.
     */
    private void recoverProfile() {
        driver.manage().timeouts().pageLoadTimeout(CRASH_RECOVERY);
        try {
            driver.get(url("manifest.json"));
            driver.executeScript("return localStorage.length");
        } finally {
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        }
    }

    /** Whether the browser answers a trivial command within a few seconds. */
    public boolean responsive() {
        ChromeDriver current = driver;
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(() -> !current.getWindowHandles().isEmpty());
        try {
            return probe.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            probe.cancel(true);
            return false;
        }
    }

    /** Chromium derives an unpacked extension's id from its directory path (the demo launcher uses this too). */
    public static String idForPath(String path) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append((char) ('a' + ((hash[i] >> 4) & 0xF)));
                sb.append((char) ('a' + (hash[i] & 0xF)));
            }
            return sb.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces {@code to} with a copy of {@code from}. */
    public static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> s = Files.walk(to)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public WebDriver driver() { return driver; }
    public String extensionId() { return extensionId; }
    public String url(String page) { return "chrome-extension://" + extensionId + "/" + page; }

    /** Opens a page and waits until its Java code has rendered (it marks the document ready). */
    public void open(String page) {
        navigate(url(page));
        waitReady();
    }

    /** Loads a URL in the current tab; a tab that does not finish loading in time is replaced by a fresh one. */
    public void navigate(String url) {
        try {
            driver.get(url);
        } catch (TimeoutException e) {
            // Seen once in a long run: a tab stuck on an empty URL that no later command could move.
            replaceTab();
            driver.get(url);
        }
    }

    private void replaceTab() {
        String stuck = driver.getWindowHandle();
        String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        try {
            driver.switchTo().window(stuck).close();
        } catch (WebDriverException ignored) {
            // a tab that cannot even be closed is left to die with the browser
        }
        driver.switchTo().window(fresh);
    }

    /** Closes every tab and window but one, so no page from an earlier test keeps running and writing storage. */
    public void closeOtherTabs() {
        List<String> handles = new ArrayList<>(driver.getWindowHandles());
        for (String h : handles.subList(1, handles.size())) {
            driver.switchTo().window(h).close();
        }
        driver.switchTo().window(handles.get(0));
    }

    public void waitReady() {
        new WebDriverWait(driver, PAGE_LOAD).until(d ->
            "true".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.ready || null")));
    }

    public Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    /**
     * Replaces the extension's localStorage before a page's code runs. The manifest is served from the
     * extension's origin but runs no code, so no page can write storage between the wipe and the next open.
     */
    public void seedLocalStorage(java.util.Map<String, String> entries) {
        try {
            closeOtherTabs();
            driver.get(url("manifest.json"));
        } catch (WebDriverException e) {
            // Nothing of the old browser is needed before a wipe: a wedged one is simply replaced.
            restart();
            driver.get(url("manifest.json"));
        }
        // Conversations and the durable settings copy live in IndexedDB: wipe it too (pages of earlier tests are closed).
        Object deleted = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
            + " var r = indexedDB.deleteDatabase('modeldeck'); r.onsuccess = function () { done('ok'); };"
            + " r.onerror = function () { done('error: ' + r.error); };"); // blocked: pages close their connection on versionchange, then it succeeds
        if (!"ok".equals(deleted)) {
            throw new IllegalStateException("Could not wipe the extension's IndexedDB: " + deleted);
        }
        js("localStorage.clear(); var e = arguments[0]; for (var k in e) { localStorage.setItem(k, e[k]); }", entries);
    }

    public void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebElement wait(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> els = d.findElements(by);
            return els.isEmpty() || !els.get(0).isDisplayed() ? null : els.get(0);
        });
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
            .ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** SIGKILL to chromedriver, Chromium and all its helpers at once; waits until they are gone. */
    private void killProcesses() {
        List<ProcessHandle> all = new ArrayList<>(processes);
        for (ProcessHandle p : processes) {
            try (Stream<ProcessHandle> d = p.descendants()) {
                d.forEach(all::add);
            }
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Chromium process " + p.pid() + " survived SIGKILL", e);
            }
        }
    }

    @Override
    public void close() {
        kill();
    }

    /** Quits politely if the browser answers within seconds, then kills whatever of it is still running. */
    private void kill() {
        ChromeDriver current = driver;
        if (current != null) {
            CompletableFuture<Void> quit = CompletableFuture.runAsync(current::quit);
            try {
                quit.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                quit.cancel(true);
            }
        }
        try {
            killProcesses();
        } catch (IllegalStateException survivor) {
            System.err.println("ExtensionBrowser: " + survivor.getMessage()); // the shutdown hook tries again
        }
        LIVE.remove(this);
        try (Stream<Path> s = Files.walk(userData)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
