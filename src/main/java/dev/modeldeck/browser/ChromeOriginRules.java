package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.DeclarativeNetRequest;
import dev.modeldeck.browser.chrome.ModifyHeaderInfo;
import dev.modeldeck.browser.chrome.Rule;
import dev.modeldeck.browser.chrome.RuleAction;
import dev.modeldeck.browser.chrome.RuleCondition;
import dev.modeldeck.browser.chrome.UpdateRuleOptions;
import dev.modeldeck.core.i18n.I18n;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSNumber;

/**
 * declarativeNetRequest session rules that remove the Origin header on requests to one provider's
 * base URL only: local servers such as Ollama answer 403 to extension origins (chrome-extension://, moz-extension://).
 * The same rule works in Chromium and Firefox; a browser that refuses it gives a reason, never an exception.
 */
final class ChromeOriginRules {
    private ChromeOriginRules() { }

    /** Stable positive rule id per provider id (rule ids must be integers). */
    static int ruleId(String providerId) {
        int h = 17;
        for (int i = 0; i < providerId.length(); i++) {
            h = h * 31 + providerId.charAt(i);
        }
        return (h & 0x3fffffff) + 1;
    }

    /** Installs the rule; returns null on success or the browser's reason. Blocks the green thread. */
    static String install(String providerId, String baseUrl) {
        DeclarativeNetRequest dnr = api();
        if (dnr == null) {
            return I18n.t("br_origin_rules_unavailable");
        }
        int id = ruleId(providerId);
        UpdateRuleOptions update = UpdateRuleOptions.create();
        update.setRemoveRuleIds(JSArray.of(JSNumber.valueOf(id)));
        update.setAddRules(new Rule[] {originRemoval(id, baseUrl)});
        // Firefox throws synchronously for a rule it rejects (Chromium rejects the promise): both become a reason.
        Settled<?> s = Promises.call(() -> dnr.updateSessionRules(update));
        return s.isOk() ? null : s.getError();
    }

    static void uninstall(String providerId) {
        DeclarativeNetRequest dnr = api();
        if (dnr != null) {
            UpdateRuleOptions update = UpdateRuleOptions.create();
            update.setRemoveRuleIds(JSArray.of(JSNumber.valueOf(ruleId(providerId))));
            Promises.call(() -> dnr.updateSessionRules(update));
        }
    }

    /** Whether the provider's rule is installed right now (session rules vanish on browser restart). Blocks. */
    static boolean installed(String providerId) {
        DeclarativeNetRequest dnr = api();
        if (dnr == null) {
            return false;
        }
        Settled<JSArrayReader<Rule>> s = Promises.call(dnr::getSessionRules);
        if (!s.isOk()) {
            return false;
        }
        int id = ruleId(providerId);
        JSArrayReader<Rule> rules = s.getValue();
        for (int i = 0; i < rules.getLength(); i++) {
            if (rules.get(i).getId() == id) {
                return true;
            }
        }
        return false;
    }

    /** Requests from this extension's pages to {@code base} and below lose their Origin header. */
    private static Rule originRemoval(int id, String base) {
        ModifyHeaderInfo origin = ModifyHeaderInfo.create();
        origin.setHeader("origin");
        origin.setOperation("remove");
        RuleAction action = RuleAction.create();
        action.setType("modifyHeaders");
        action.setRequestHeaders(new ModifyHeaderInfo[] {origin});
        RuleCondition condition = RuleCondition.create();
        condition.setUrlFilter("|" + base + "/");
        condition.setResourceTypes(new String[] {"xmlhttprequest"});
        // The page's own host, not runtime.id: in Firefox that is the add-on id, not the moz-extension:// host.
        condition.setInitiatorDomains(new String[] {ExtensionPage.host()});
        Rule rule = Rule.create();
        rule.setId(id);
        rule.setPriority(1);
        rule.setAction(action);
        rule.setCondition(condition);
        return rule;
    }

    private static DeclarativeNetRequest api() {
        Chrome chrome = Chrome.current();
        DeclarativeNetRequest dnr = chrome == null ? null : chrome.getDeclarativeNetRequest();
        return Missing.is(dnr) ? null : dnr;
    }
}
