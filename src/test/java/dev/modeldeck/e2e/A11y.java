package dev.modeldeck.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.RemoteWebElement;

/**
 * Finds controls the way users and assistive tech do: by role and accessible name, in one atomic query.
 *
 * <p>Chromium's own accessibility tree answers ({@code Accessibility.queryAXTree}, one CDP call, ~30 ms), so a page
 * that re-renders mid-lookup cannot make the lookup go stale; asking WebDriver for each candidate's name took
 * 700 ms on a busy page and went stale whenever the page re-rendered faster than that. A lookup that finds
 * nothing answers "not found yet" (an empty list); {@link #find} waits for a match within a bound.
 */
public final class A11y {
    /** How long {@link #find} waits for a control to appear. */
    static final Duration FIND_WAIT = Duration.ofSeconds(10);

    /** ChromeDriver names elements {@code f.<frame>.d.<document>.e.<backend node id>}; the AX tree gives the last part. */
    private static final Pattern ELEMENT_ID = Pattern.compile("(f\\.[^.]+\\.d\\.[^.]+)\\.e\\.(\\d+)");

    /** The roles a test names, mapped to the roles Chromium computes for the elements that play them. */
    private static final Map<String, Set<String>> CHROMIUM_ROLES = Map.of(
        "button", Set.of("button", "togglebutton", "PopUpButton"),
        "textbox", Set.of("textbox", "spinbutton"),
        "combobox", Set.of("combobox", "listbox"),
        "checkbox", Set.of("checkbox", "switch"),
        "table", Set.of("table", "LayoutTable", "grid"));

    private A11y() { }

    /** Every exposed (not hidden, not aria-hidden) element with this role and accessible name, in document order. */
    public static List<WebElement> all(WebDriver d, String role, String name) {
        List<WebElement> out = new ArrayList<>();
        Matcher html = documentElementId(d);
        for (Map<String, Object> node : exposed(d, html, role, name)) {
            if (node.get("backendDOMNodeId") instanceof Number id) {
                out.add(element(d, html.group(1) + ".e." + id.longValue()));
            }
        }
        return out;
    }

    /** The first exposed match, waiting up to {@link #FIND_WAIT} for one to appear. */
    public static WebElement find(WebDriver d, String role, String name) {
        long deadline = System.nanoTime() + FIND_WAIT.toNanos();
        while (true) {
            List<WebElement> found = all(d, role, name);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new NoSuchElementException("No " + role + " named '" + name + "' within " + FIND_WAIT.toSeconds()
                    + " s; " + role + "s on the page: " + names(d, role));
            }
            pause();
        }
    }

    /** Whether an exposed match is on the page right now (no waiting). */
    public static boolean exists(WebDriver d, String role, String name) {
        return !all(d, role, name).isEmpty();
    }

    /** The accessible names of every exposed element with this role (for failure messages). */
    static List<String> names(WebDriver d, String role) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> node : exposed(d, documentElementId(d), role, null)) {
            if (node.get("name") instanceof Map<?, ?> n) {
                out.add(String.valueOf(n.get("value")));
            }
        }
        return out;
    }

    /** The AX nodes that are not ignored and play {@code role} (and have {@code name}, unless it is null). */
    private static List<Map<String, Object>> exposed(WebDriver d, Matcher html, String role, String name) {
        if (html == null) {
            return List.of();
        }
        Set<String> roles = CHROMIUM_ROLES.getOrDefault(role, Set.of(role));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> node : query(d, Long.parseLong(html.group(2)), roles, name)) {
            Object r = node.get("role") instanceof Map<?, ?> m ? m.get("value") : null;
            if (!Boolean.TRUE.equals(node.get("ignored")) && roles.contains(String.valueOf(r))) {
                out.add(node);
            }
        }
        return out;
    }

    /** The id ChromeDriver gives the current document's root element, or null while a page is loading. */
    private static Matcher documentElementId(WebDriver d) {
        try {
            String id = ((RemoteWebElement) d.findElement(By.tagName("html"))).getId();
            Matcher m = ELEMENT_ID.matcher(id);
            if (!m.matches()) {
                throw new IllegalStateException("ChromeDriver's element ids changed form (" + id + "); A11y needs a new mapping");
            }
            return m;
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    /** One queryAXTree call when the name is known; one per Chromium role when only the role is. */
    private static List<Map<String, Object>> query(WebDriver d, long root, Set<String> roles, String name) {
        if (name != null) {
            return queryOnce(d, root, "accessibleName", name);
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String role : roles) {
            nodes.addAll(queryOnce(d, root, "role", role));
        }
        return nodes;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> queryOnce(WebDriver d, long root, String by, String value) {
        try {
            Object found = ((HasCdp) d).executeCdpCommand("Accessibility.queryAXTree",
                Map.of("backendNodeId", root, by, value)).get("nodes");
            return found instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        } catch (WebDriverException e) {
            // The document was replaced between the two calls (its root is gone): nothing found yet.
            return List.of();
        }
    }

    private static WebElement element(WebDriver d, String id) {
        RemoteWebDriver driver = (RemoteWebDriver) d;
        RemoteWebElement e = new RemoteWebElement();
        e.setParent(driver);
        e.setFileDetector(driver.getFileDetector());
        e.setId(id);
        return e;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for a control", e);
        }
    }
}
