package dev.modeldeck.ui.options;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.core.edit.HostPermissions;
import java.util.function.Consumer;

/** {@link HostPermissions} as the browser grants them. */
final class BrowserHostPermissions implements HostPermissions {
    private final Browser browser;

    BrowserHostPermissions(Browser browser) {
        this.browser = browser;
    }

    @Override public boolean contains(String pattern) { return browser.hasHostPermission(pattern); }

    @Override public void request(String pattern, Consumer<Boolean> answer) { browser.requestHostPermission(pattern, answer); }
}
