package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.I18n;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * declarativeNetRequest session rules that remove the Origin header on requests to one provider's
 * base URL only: local servers such as Ollama answer 403 to chrome-extension:// origins.
 */
public final class ChromeOriginRules {
    private ChromeOriginRules() { }

    @JSBody(params = {"ruleId", "base"}, script =
        "return chrome.declarativeNetRequest.updateSessionRules({removeRuleIds: [ruleId], addRules: [{id: ruleId, priority: 1,"
        + " action: {type: 'modifyHeaders', requestHeaders: [{header: 'origin', operation: 'remove'}]},"
        + " condition: {urlFilter: '|' + base + '/', resourceTypes: ['xmlhttprequest'],"
        + " initiatorDomains: [chrome.runtime.id]}}]});")
    private static native JSObject addPromise(int ruleId, String base);

    @JSBody(params = "ruleId", script = "if (!(self.chrome && chrome.declarativeNetRequest)) { return Promise.resolve(); }"
        + " return chrome.declarativeNetRequest.updateSessionRules({removeRuleIds: [ruleId]});")
    private static native JSObject removePromise(int ruleId);

    @JSBody(script = "return !!(self.chrome && chrome.declarativeNetRequest);")
    private static native boolean rulesAvailable();

    /** Stable positive rule id per provider id (rule ids must be integers). */
    public static int ruleId(String providerId) {
        int h = 17;
        for (int i = 0; i < providerId.length(); i++) {
            h = h * 31 + providerId.charAt(i);
        }
        return (h & 0x3fffffff) + 1;
    }

    /** Installs the rule; returns null on success or the browser's reason. Blocks the green thread. */
    public static String install(String providerId, String baseUrl) {
        if (!rulesAvailable()) {
            return I18n.t("br_origin_rules_unavailable");
        }
        Settled s = Promises.await(addPromise(ruleId(providerId), baseUrl));
        return s.isOk() ? null : s.getError();
    }

    public static void uninstall(String providerId) {
        Promises.await(removePromise(ruleId(providerId)));
    }
}
