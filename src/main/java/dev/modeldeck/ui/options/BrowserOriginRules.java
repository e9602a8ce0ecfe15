package dev.modeldeck.ui.options;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.core.edit.OriginRules;

/** {@link OriginRules} as the browser keeps them (declarativeNetRequest session rules). */
final class BrowserOriginRules implements OriginRules {
    private final Browser browser;

    BrowserOriginRules(Browser browser) {
        this.browser = browser;
    }

    @Override public String install(String providerId, String baseUrl) { return browser.installOriginRule(providerId, baseUrl); }

    @Override public void uninstall(String providerId) { browser.removeOriginRule(providerId); }
}
