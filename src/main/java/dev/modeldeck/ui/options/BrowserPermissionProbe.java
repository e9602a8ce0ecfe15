package dev.modeldeck.ui.options;

import dev.modeldeck.browser.ChromeOriginRules;
import dev.modeldeck.browser.ChromePermissions;
import dev.modeldeck.core.diagnosis.PermissionProbe;
import dev.modeldeck.core.provider.ProviderConfig;

/** The connection test's view of what the browser allows: chrome.permissions and the session rules. */
final class BrowserPermissionProbe implements PermissionProbe {
    @Override
    public boolean hasHostPermission(String pattern) {
        return pattern != null && ChromePermissions.contains(pattern);
    }

    @Override
    public boolean originRuleActive(ProviderConfig provider) {
        return provider.id != null && ChromeOriginRules.installed(provider.id);
    }
}
