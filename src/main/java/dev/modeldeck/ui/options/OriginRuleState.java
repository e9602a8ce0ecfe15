package dev.modeldeck.ui.options;

import dev.modeldeck.browser.ChromeOriginRules;
import dev.modeldeck.browser.Promises;
import dev.modeldeck.browser.Settled;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Whether a provider's Origin-removing session rule is installed right now (rules vanish on browser restart). */
final class OriginRuleState {
    private OriginRuleState() { }

    @JSBody(params = "ruleId", script = "if (!(self.chrome && chrome.declarativeNetRequest"
        + " && chrome.declarativeNetRequest.getSessionRules)) { return Promise.resolve(false); }"
        + " return chrome.declarativeNetRequest.getSessionRules().then(function(rules) {"
        + " for (var i = 0; i < rules.length; i++) { if (rules[i].id === ruleId) { return true; } } return false; });")
    private static native JSObject hasRulePromise(int ruleId);

    @JSBody(params = "v", script = "return v === true;")
    private static native boolean isTrue(JSObject v);

    /** Blocks the green thread; false when the API is missing or refuses. */
    static boolean installed(String providerId) {
        Settled s = Promises.await(hasRulePromise(ChromeOriginRules.ruleId(providerId)));
        return s.isOk() && isTrue(s.getValue());
    }
}
