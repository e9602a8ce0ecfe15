package dev.modeldeck.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium with the built extension loaded. Tests get a copy of target/extension whose
 * manifest also grants 127.0.0.1 (headless Chromium never answers permission prompts), or the
 * production manifest unchanged when a test needs the "not granted" state.
 */
public final class ExtensionBrowser implements AutoCloseable {
    public enum Grant { LOCALHOST, NONE }

    private final ChromeDriver driver;
    private final String extensionId;
    private final Path userData;
    private final Path screenshots;

    public ExtensionBrowser(Grant grant) throws IOException {
        this(grant, "en-US");
    }

    /** {@code language} is the browser's UI language (e.g. "de"), which chrome.i18n follows. */
    public ExtensionBrowser(Grant grant, String language) throws IOException {
        Path built = Paths.get(System.getProperty("modeldeck.extension", "target/extension")).toAbsolutePath();
        if (!Files.exists(built.resolve("manifest.json"))) {
            throw new IllegalStateException("No built extension at " + built + "; run mvn package first");
        }
        Path dir = built.resolveSibling("e2e-extension-" + grant.name().toLowerCase());
        copyTree(built, dir);
        if (grant == Grant.LOCALHOST) {
            Path manifest = dir.resolve("manifest.json");
            String m = Files.readString(manifest);
            m = m.replaceFirst("\"permissions\"", "\"host_permissions\": [\"http://127.0.0.1/*\", \"http://localhost/*\"],\n  \"permissions\"");
            Files.writeString(manifest, m);
        }
        extensionId = idForPath(dir.toRealPath().toString());
        userData = Files.createTempDirectory("modeldeck-chrome");
        screenshots = Paths.get(System.getProperty("modeldeck.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--user-data-dir=" + userData, "--lang=" + language,
            "--load-extension=" + dir, "--disable-extensions-except=" + dir);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
            .withEnvironment(java.util.Map.of("LANGUAGE", language.replace('-', '_'), "LANG", language.replace('-', '_') + ".UTF-8"))
            .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
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
        driver.get(url(page));
        waitReady();
    }

    public void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
            "true".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.ready || null")));
    }

    public Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    /** Writes storage before a page's code runs: open a page, set keys, then reload. */
    public void seedLocalStorage(java.util.Map<String, String> entries) {
        driver.get(url("options.html"));
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
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> els = d.findElements(by);
            return els.isEmpty() || !els.get(0).isDisplayed() ? null : els.get(0);
        });
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition::apply);
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> s = Files.walk(userData)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
