package dev.modeldeck.demo;

import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.testprovider.TestProvider;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.SessionNotCreatedException;

/**
 * What {@code ./run-demo} runs after building: the demo provider, then Chromium with the extension and
 * that provider preconfigured — a window to play in when there is a display, screenshots in target/demo/
 * when there is not.
 *
 * <p>Options: {@code --headless} (screenshots even with a display), {@code --port N} (default 8765),
 * {@code --fresh} (forget the window mode's saved profile: settings, chats).
 */
public final class DemoLauncher {
    static final int DEFAULT_PORT = 8765;
    /** Pause between streamed words, so the reply visibly streams. */
    static final long WORD_DELAY_MS = 40;

    /** Held so the level sticks: Selenium's notes about CDP versions mean nothing to someone running a demo. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private TestProvider provider;
    private DemoBrowser browser;
    /** Set by the Ctrl+C hook before it ends the browser. */
    private volatile boolean interrupted;

    public static void main(String[] args) {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        DemoLauncher launcher = new DemoLauncher();
        int code;
        try {
            code = launcher.run(args);
        } catch (DemoFailure e) {
            System.err.println("run-demo: " + e.getMessage());
            code = 1;
        } catch (Exception e) {
            if (launcher.interrupted) {
                // Ctrl+C closed the browser under a running step; that step's failure is expected.
                return;
            }
            System.err.println("run-demo failed: " + e);
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    /** A problem the user can fix, reported as one sentence without a stack trace. */
    static final class DemoFailure extends Exception {
        DemoFailure(String message) { super(message); }
    }

    private int run(String[] args) throws Exception {
        boolean forceHeadless = false;
        boolean fresh = false;
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--headless": forceHeadless = true; break;
                case "--fresh": fresh = true; break;
                case "--port":
                    if (i + 1 >= args.length) {
                        throw new DemoFailure("--port needs a number");
                    }
                    port = parsePort(args[++i]);
                    break;
                default:
                    throw new DemoFailure("unknown option " + args[i] + "; usage: ./run-demo [--headless] [--port N] [--fresh]");
            }
        }
        Path built = Paths.get(System.getProperty("modeldeck.extension", "target/extension")).toAbsolutePath().normalize();
        Path target = built.getParent();
        checkPrerequisites(built);
        boolean headed = !forceHeadless && (hasValue("DISPLAY") || hasValue("WAYLAND_DISPLAY"));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            interrupted = true;
            if (provider != null) {
                System.out.println("Stopping Chromium and the demo provider.");
            }
            stop();
        }, "run-demo-stop"));
        try {
            startProvider(port);
            Path profile = headed ? target.resolve("demo-profile") : null;
            if (profile != null && fresh) {
                DemoBrowser.deleteTree(profile);
            }
            System.out.println("Starting Chromium " + (headed ? "with a window" : "headless (no DISPLAY or WAYLAND_DISPLAY)") + "…");
            browser = startBrowser(built, target, headed, profile);
            configure(provider.baseUrl());
            if (headed) {
                HeadedSession.run(browser, provider.baseUrl());
                if (!interrupted) {
                    System.out.println("Browser closed; stopping the demo provider.");
                }
                return 0;
            }
            return screenshots(target.resolve("demo"));
        } finally {
            stop();
        }
    }

    private static int parsePort(String s) throws DemoFailure {
        try {
            int p = Integer.parseInt(s);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new DemoFailure("--port wants a number from 0 to 65535, not " + s);
    }

    private static boolean hasValue(String env) {
        String v = System.getenv(env);
        return v != null && !v.isEmpty();
    }

    private static void checkPrerequisites(Path built) throws DemoFailure {
        if (!Files.isRegularFile(built.resolve("manifest.json"))) {
            throw new DemoFailure("no built extension at " + built
                + ". Build it with `mvn -B -DskipTests package` (./run-demo does this before starting).");
        }
        for (String exe : new String[] {DemoBrowser.CHROMIUM, DemoBrowser.CHROMEDRIVER}) {
            if (!Files.isExecutable(Paths.get(exe))) {
                throw new DemoFailure(exe + " is missing. Install it with scripts/ensure-deps (Debian packages chromium and chromium-driver).");
            }
        }
    }

    /** The demo provider on the requested port, or on any free one when that port is taken. */
    private void startProvider(int port) throws IOException {
        try {
            provider = TestProvider.start(port);
        } catch (BindException busy) {
            provider = TestProvider.start(0);
            System.out.println("Port " + port + " is in use, so the demo provider runs on port " + provider.port() + " instead.");
        }
        provider.content().wordDelayMs(WORD_DELAY_MS);
        System.out.println("Demo provider: " + provider.baseUrl());
    }

    private static DemoBrowser startBrowser(Path built, Path target, boolean headed, Path profile) throws Exception {
        Path log = target.resolve("demo").resolve("chromedriver.log");
        try {
            return new DemoBrowser(built, target.resolve("demo-extension"), !headed, profile, log);
        } catch (SessionNotCreatedException e) {
            throw new DemoFailure("Chromium did not start (see " + log + "). If another ./run-demo window is still open, close it first."
                + (headed ? " Without a usable display, try ./run-demo --headless." : ""));
        }
    }

    /**
     * Puts the demo provider into the extension's settings before any page runs: a new document when
     * none exists; in a reused profile only the demo provider's address is updated, everything else is kept.
     */
    private void configure(String baseUrl) {
        Object stored = browser.inExtensionOrigin("return localStorage.getItem(arguments[0]);", StorageKeys.SETTINGS);
        String write;
        if (stored == null) {
            write = DemoSettings.fresh(baseUrl);
            System.out.println("Configured provider \"" + DemoSettings.PROVIDER_NAME + "\" (" + baseUrl + ", model "
                + DemoSettings.MODEL_ID + ") in the extension's settings.");
        } else {
            write = DemoSettings.repointed(stored.toString(), baseUrl);
            System.out.println(write == null ? "Keeping the settings saved in the demo profile (./run-demo --fresh starts over)."
                : "Pointed the saved demo provider at " + baseUrl + ".");
        }
        if (write != null) {
            // Cached models and health belong to the old address.
            browser.js("localStorage.setItem(arguments[0], arguments[1]);"
                    + "localStorage.removeItem(arguments[2]); localStorage.removeItem(arguments[3]);",
                StorageKeys.SETTINGS, write,
                StorageKeys.modelCache(DemoSettings.PROVIDER_ID), StorageKeys.health(DemoSettings.PROVIDER_ID));
        }
    }

    private int screenshots(Path outDir) throws IOException {
        HeadlessTour tour = new HeadlessTour(browser, outDir);
        List<Path> shots = tour.run();
        System.out.println("Screenshots:");
        for (Path p : shots) {
            System.out.println("  " + p);
        }
        if (!tour.warnings().isEmpty()) {
            System.out.println(tour.warnings().size() + " warning(s) above; the screenshots show the pages as they are.");
        }
        return 0;
    }

    /** Ends Chromium (through the driver) and the provider; runs from finally and from the Ctrl+C hook. */
    private synchronized void stop() {
        if (browser != null) {
            browser.close();
        }
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }
}
