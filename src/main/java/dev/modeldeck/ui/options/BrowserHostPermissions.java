package dev.modeldeck.ui.options;

import dev.modeldeck.browser.ChromePermissions;
import dev.modeldeck.core.edit.HostPermissions;
import java.util.function.Consumer;

/** {@link HostPermissions} over chrome.permissions. */
final class BrowserHostPermissions implements HostPermissions {
    @Override public boolean contains(String pattern) { return ChromePermissions.contains(pattern); }

    @Override public void request(String pattern, Consumer<Boolean> answer) { ChromePermissions.request(pattern, answer); }
}
