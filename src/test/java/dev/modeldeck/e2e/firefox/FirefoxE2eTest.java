package dev.modeldeck.e2e.firefox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.testprovider.TestProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The Firefox build (target/extension-firefox) in headless Firefox ESR: web-ext lint, then e2e-firefox/firefox-e2e.mjs
 * drives the pages over WebDriver BiDi against the local test provider and reports one line per scenario; each
 * scenario is its own test here. Node, its packages and Firefox come from scripts/ensure-deps (./run-tests);
 * missing node packages are installed from e2e-firefox/package-lock.json.
 */
class FirefoxE2eTest {
    /** In the order firefox-e2e.mjs runs them; a scenario that did not report fails. */
    static final List<String> SCENARIOS = List.of("browser started", "pages load without errors", "add a provider",
        "models listed", "connection test passes", "Grant access asks from the click", "streamed reply in the popup", "popup opens the sidebar",
        "Ollama-style Origin 403 is diagnosed for moz-extension", "the Origin rule makes the refusing server work",
        "vault on, unlock, chat");
    /** Ten scenarios of at most 90 s each plus start and close; a normal run takes 2 to 3 minutes. */
    static final Duration RUN_BOUND = Duration.ofMinutes(18);
    static final Path FIREFOX = Paths.get(System.getProperty("modeldeck.firefox", "/usr/bin/firefox-esr"));
    static final Path DRIVER_DIR = Paths.get(System.getProperty("modeldeck.e2eFirefox", "e2e-firefox")).toAbsolutePath();
    static final Path EXTENSION = Paths.get(System.getProperty("modeldeck.firefoxExtension", "target/extension-firefox")).toAbsolutePath();
    static final Path LOGS = Paths.get("target", "firefox-e2e").toAbsolutePath();

    private static TestProvider provider;
    private static final Map<String, Json> REPORTS = new LinkedHashMap<>();
    private static String runProblem;

    @BeforeAll
    @Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
    static void runFirefox() throws Exception {
        assertTrue(Files.isRegularFile(EXTENSION.resolve("manifest.json")), "build first: mvn package (no " + EXTENSION + ")");
        assertTrue(Files.isExecutable(FIREFOX), FIREFOX + " is missing: run scripts/ensure-deps (apt firefox-esr)");
        installNodePackages();
        provider = TestProvider.start(0);
        Map<String, String> env = Map.of("MODELDECK_EXTENSION", EXTENSION.toString(), "MODELDECK_PROVIDER", provider.baseUrl(),
            "MODELDECK_SCREENSHOTS", Paths.get(System.getProperty("modeldeck.screenshots", "target/screenshots")).toAbsolutePath().toString(),
            "FIREFOX", FIREFOX.toString());
        long start = System.nanoTime();
        BoundedProcess.Result r = BoundedProcess.run(List.of("node", "firefox-e2e.mjs"), DRIVER_DIR.toFile(), env,
            LOGS.resolve("driver.log"), RUN_BOUND);
        System.out.printf("Firefox tier: %d s, exit %d%n", (System.nanoTime() - start) / 1_000_000_000L, r.exitCode());
        Files.writeString(LOGS.resolve("report.jsonl"), r.stdout());
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("{")) {
                Json report = JsonParser.parse(line);
                REPORTS.put(report.get("scenario").str(), report);
                System.out.println("  " + report.get("scenario").str() + ": " + (report.get("ok").asBoolean(false) ? "ok" : "FAILED")
                    + " in " + report.get("ms").asLong(0) + " ms");
            }
        }
        if (r.timedOut()) {
            runProblem = "the Firefox run passed its bound of " + RUN_BOUND.toSeconds() + " s and was killed (log: " + LOGS + ")";
        }
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return SCENARIOS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Json report = REPORTS.get(name);
            if (report == null) {
                fail("scenario did not report" + (runProblem != null ? ": " + runProblem : " (log: " + LOGS.resolve("driver.log") + ")"));
            }
            assertTrue(report.get("ok").asBoolean(false), report.get("detail").str());
        }));
    }

    @Test
    void everyScenarioReportedIsOneThisClassChecks() {
        assertEquals(List.of(), REPORTS.keySet().stream().filter(k -> !SCENARIOS.contains(k)).toList());
    }

    @Test
    @Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
    void webExtLintFindsNoErrors() throws IOException, InterruptedException, JsonException {
        BoundedProcess.Result r = BoundedProcess.run(List.of("node", "node_modules/web-ext/bin/web-ext.js", "lint",
                "--source-dir", EXTENSION.toString(), "--output", "json", "--boring"),
            DRIVER_DIR.toFile(), Map.of(), LOGS.resolve("lint.log"), Duration.ofMinutes(2));
        assertFalse(r.timedOut(), "web-ext lint did not finish in 2 minutes");
        Json lint = JsonParser.parse(r.stdout().substring(r.stdout().indexOf('{')));
        List<String> errors = new ArrayList<>();
        for (Json e : lint.get("errors").items()) {
            errors.add(e.get("code").str() + ": " + e.get("message").str() + " (" + e.get("file").str("") + ")");
        }
        assertEquals(List.of(), errors, "web-ext lint errors");
        assertEquals(0, lint.get("warnings").size(), "web-ext lint warnings: " + lint.get("warnings"));
    }

    /** Like the Chromium tier's packages, the driver's node packages are installed when missing (pinned by the lock file). */
    private static void installNodePackages() throws IOException, InterruptedException {
        if (Files.isDirectory(DRIVER_DIR.resolve("node_modules/puppeteer-core")) && Files.isDirectory(DRIVER_DIR.resolve("node_modules/web-ext"))) {
            return;
        }
        BoundedProcess.Result r = BoundedProcess.run(List.of("npm", "ci", "--no-audit", "--no-fund"), DRIVER_DIR.toFile(), Map.of(),
            LOGS.resolve("npm-ci.log"), Duration.ofMinutes(5));
        assertEquals(0, r.exitCode(), "npm ci in " + DRIVER_DIR + " failed (log: " + LOGS.resolve("npm-ci.log") + ")");
    }
}
