package dev.modeldeck.browser;

import java.util.function.Consumer;

/**
 * {@link Browser} over the extension APIs (chrome.*, which Firefox offers too) and the page's own window. Where
 * Chromium and Firefox differ, the API present decides (feature detection), never the user agent.
 */
public final class ExtensionBrowser implements Browser {
    @Override public void onStorageChange(Consumer<String> listener) { PageEvents.onStorageChange(listener); }
    @Override public void onSessionChange(String name, Runnable listener) { SessionEvents.onChange(name, listener); }
    @Override public void onPageHide(Runnable listener) { PageEvents.onPageHide(listener); }
    @Override public void openOptionsPage() { PageEvents.openOptions(); }
    @Override public boolean canOpenSidePanel() { return ChromeSidePanel.available() || FirefoxSidebar.available(); }

    /** Chrome's side panel where there is one, else Firefox's sidebar (both only from the click itself). */
    @Override
    public String openSidePanel() {
        if (!ChromeSidePanel.available() && FirefoxSidebar.available()) {
            return FirefoxSidebar.open();
        }
        return ChromeSidePanel.open(); // says why not when neither is there
    }

    @Override public boolean hasHostPermission(String pattern) { return ChromePermissions.contains(pattern); }

    @Override
    public void requestHostPermission(String pattern, Consumer<Boolean> answer) {
        ChromePermissions.request(pattern, answer);
    }

    @Override public void removeHostPermission(String pattern) { ChromePermissions.remove(pattern); }

    @Override
    public String installOriginRule(String providerId, String baseUrl) {
        return ChromeOriginRules.install(providerId, baseUrl);
    }

    @Override public void removeOriginRule(String providerId) { ChromeOriginRules.uninstall(providerId); }
    @Override public boolean hasOriginRule(String providerId) { return ChromeOriginRules.installed(providerId); }
    @Override public String copyText(String text) { return Clipboard.write(text); }
}
