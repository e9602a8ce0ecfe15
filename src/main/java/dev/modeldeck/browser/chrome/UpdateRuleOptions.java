package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of {@code chrome.declarativeNetRequest.UpdateRuleOptions}. */
public interface UpdateRuleOptions extends JSObject {
    static UpdateRuleOptions create() {
        return JSObjects.create();
    }

    @JSProperty void setRemoveRuleIds(int[] ids);
    @JSProperty void setAddRules(Rule[] rules);
}
