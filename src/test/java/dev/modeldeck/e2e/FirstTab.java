package dev.modeldeck.e2e;

import java.time.Duration;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

/**
 * Whether a freshly started Chromium's first tab takes commands. Chromium 156 opens chrome://newtab/ at start
 * (chromedriver no longer passes a start URL). In about 1 start of 25 on this machine chromedriver attaches while
 * that page is in a state its navigation tracker takes for a load in progress, and no event ever ends it: every
 * later command on the tab (a navigation, even opening another tab) first waits for that load and fails after the
 * page-load bound with "Timed out receiving message from renderer". Its log shows the wait: "Waiting for pending
 * navigations..." answered by nothing for the whole bound. One short navigation to about:blank finds out at once.
 */
final class FirstTab {
    /** Launches that are checked; a stuck start is independent of the last one, so two in a row are rare. */
    static final int CHECKED_LAUNCHES = 3;
    /** about:blank loads in milliseconds; seconds leave room for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(6);

    private FirstTab() { }

    /** Navigates to about:blank under a short bound; false when the tab is stuck. Restores {@code pageLoad}. */
    static boolean takesCommands(WebDriver driver, Duration pageLoad) {
        driver.manage().timeouts().pageLoadTimeout(BOUND);
        try {
            driver.get("about:blank");
            return true;
        } catch (TimeoutException stuck) {
            return false;
        } finally {
            driver.manage().timeouts().pageLoadTimeout(pageLoad);
        }
    }
}
