package dev.modeldeck.ui.options;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.core.diagnosis.PermissionProbe;
import dev.modeldeck.core.provider.ProviderConfig;

/** The connection test's view of what the browser allows: host permissions and Origin rules. */
final class BrowserPermissionProbe implements PermissionProbe {
    private final Browser browser;

    BrowserPermissionProbe(Browser browser) {
        this.browser = browser;
    }

    @Override
    public boolean hasHostPermission(String pattern) {
        return pattern != null && browser.hasHostPermission(pattern);
    }

    @Override
    public boolean originRuleActive(ProviderConfig provider) {
        return provider.id != null && browser.hasOriginRule(provider.id);
    }
}
