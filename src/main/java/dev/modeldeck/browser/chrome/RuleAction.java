package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of {@code chrome.declarativeNetRequest.RuleAction}. */
public interface RuleAction extends JSObject {
    static RuleAction create() {
        return JSObjects.create();
    }

    @JSProperty void setType(String type);
    @JSProperty void setRequestHeaders(ModifyHeaderInfo[] headers);
}
