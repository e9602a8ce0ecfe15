package dev.modeldeck.browser;

import java.util.function.Consumer;

/**
 * What page code asks of the browser beyond the DOM and the network: extension pages, cross-page signals,
 * host permissions, Origin rules and the clipboard. Pages hold this interface, so their logic runs on the
 * JVM against a fake; {@link ExtensionBrowser} is the real one. Differences between browsers (Chrome's side
 * panel or Firefox's sidebar, extension URLs, the DNR initiator domain) stay behind it.
 */
public interface Browser {
    /** Another page of the extension changed {@code key} in localStorage (null: it cleared everything). */
    void onStorageChange(Consumer<String> listener);

    /** Any page of the extension (this one too) set or removed {@code name} in chrome.storage.session. */
    void onSessionChange(String name, Runnable listener);

    /** The page is going away: the last moment to save. */
    void onPageHide(Runnable listener);

    void openOptionsPage();

    /** Whether {@link #openSidePanel()} can work here (the popup of a browser with a side panel). */
    boolean canOpenSidePanel();

    /** Opens the side panel; call inside the click. Returns null when asked, else why not. */
    String openSidePanel();

    /** Whether the origin pattern (e.g. {@code http://127.0.0.1/*}) is granted. Blocks the green thread. */
    boolean hasHostPermission(String pattern);

    /** Asks the user; call inside the click. Returns at once: the answer comes later, or never (headless). */
    void requestHostPermission(String pattern, Consumer<Boolean> answer);

    /** Gives back a permission no provider uses any more. */
    void removeHostPermission(String pattern);

    /** Lets requests to the provider's base URL go without an Origin header; null on success, else why not. Blocks. */
    String installOriginRule(String providerId, String baseUrl);

    /** Removes the provider's Origin rule, if any. Blocks. */
    void removeOriginRule(String providerId);

    /** Whether the provider's Origin rule is in place now (rules last one browser session). Blocks. */
    boolean hasOriginRule(String providerId);

    /** Puts text on the clipboard. Blocks; null on success, else why not. */
    String copyText(String text);
}
