package dev.modeldeck.ui.options;

import dev.modeldeck.browser.ChromeOriginRules;
import dev.modeldeck.core.edit.OriginRules;

/** {@link OriginRules} as declarativeNetRequest session rules. */
final class BrowserOriginRules implements OriginRules {
    @Override public String install(String providerId, String baseUrl) { return ChromeOriginRules.install(providerId, baseUrl); }

    @Override public void uninstall(String providerId) { ChromeOriginRules.uninstall(providerId); }
}
