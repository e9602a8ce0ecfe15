package dev.modeldeck.demo;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium with the built extension, in a window or headless. The e2e harness is headless-only, so the
 * demo has its own: it loads a copy of the extension whose manifest grants 127.0.0.1 (the demo provider
 * was never saved through the page, so no permission prompt ever asked for it).
 */
final class DemoBrowser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String extensionId;
    /** Deleted on close; null when the profile is kept between runs. */
    private final Path throwawayProfile;
    private boolean closed;

    /**
     * @param built   target/extension
     * @param copy    where the granted copy goes (its path fixes the extension id, and so its storage)
     * @param profile Chromium user data dir to keep between runs, or null for a throwaway one
     * @param log     chromedriver's (and Chromium's) log file
     */
    DemoBrowser(Path built, Path copy, boolean headless, Path profile, Path log) throws IOException {
        copyTree(built, copy);
        grantLoopback(copy.resolve("manifest.json"));
        extensionId = idForPath(copy.toRealPath().toString());
        throwawayProfile = profile == null ? Files.createTempDirectory("modeldeck-demo") : null;
        Path userData = profile == null ? throwawayProfile : profile;
        Files.createDirectories(userData);
        Files.createDirectories(log.getParent());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--no-first-run", "--no-default-browser-check", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + userData, "--load-extension=" + copy, "--disable-extensions-except=" + copy);
        if (headless) {
            options.addArguments("--headless=new", "--disable-gpu", "--window-size=1280,900");
        } else {
            options.addArguments("--window-size=1280,900");
            // No "controlled by automated test software" bar over the demo.
            options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        }
        // Chromium's sandbox refuses to start as root; elsewhere keep it (and avoid the warning bar).
        if (headless || "root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
            .withLogFile(log.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() { return driver; }
    String extensionId() { return extensionId; }
    String url(String page) { return "chrome-extension://" + extensionId + "/" + page; }

    Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    /** Opens a page in the current tab and waits until its Java code has rendered. */
    void open(String page) {
        driver.get(url(page));
        waitReady();
    }

    void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
            "true".equals(js("return document.documentElement.dataset.ready || null")));
    }

    /**
     * Runs {@code script} in the extension's origin before any of its pages has run: the manifest is
     * served from that origin but executes no code, so nothing can write storage first.
     */
    Object inExtensionOrigin(String script, Object... args) {
        driver.get(url("manifest.json"));
        return js(script, args);
    }

    /** Makes the page render at a fixed size (the popup's 400x600, the side panel's narrow column). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** True while the browser still has a window (false once the user closed it). */
    boolean isOpen() {
        try {
            return !driver.getWindowHandles().isEmpty();
        } catch (RuntimeException gone) {
            return false;
        }
    }

    /** Quits the driver, which ends every Chromium process it started. Safe to call twice and from a shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The user closed the window first; chromedriver has nothing left to end.
        }
        if (throwawayProfile != null) {
            deleteTree(throwawayProfile);
        }
    }

    static String idForPath(String path) {
        return dev.modeldeck.e2e.ExtensionBrowser.idForPath(path);
    }

    private static void grantLoopback(Path manifest) throws IOException {
        Json m = JsonParser.tryParse(Files.readString(manifest));
        if (m == null || !m.isObject()) {
            throw new IllegalStateException("The built manifest " + manifest + " is not a JSON object; rebuild with ./run-demo");
        }
        ((JsonObject) m).put("host_permissions", Json.array().add("http://127.0.0.1/*").add("http://localhost/*"));
        Files.writeString(manifest, m.toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        dev.modeldeck.e2e.ExtensionBrowser.copyTree(from, to);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp dir is harmless
        }
    }
}
