package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.core.JSObjects;

/** Mirror of {@code chrome.declarativeNetRequest.UpdateRuleOptions}. */
public interface UpdateRuleOptions extends JSObject {
    static UpdateRuleOptions create() {
        return JSObjects.create();
    }

    /** A JS array: JSO would pass an int[] as an Int32Array, which the API refuses. */
    @JSProperty void setRemoveRuleIds(JSArrayReader<JSNumber> ids);
    @JSProperty void setAddRules(Rule[] rules);
}
