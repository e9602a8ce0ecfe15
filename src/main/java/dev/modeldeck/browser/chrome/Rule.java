package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of {@code chrome.declarativeNetRequest.Rule}. */
public interface Rule extends JSObject {
    static Rule create() {
        return JSObjects.create();
    }

    @JSProperty int getId();
    @JSProperty void setId(int id);
    @JSProperty void setPriority(int priority);
    @JSProperty void setAction(RuleAction action);
    @JSProperty void setCondition(RuleCondition condition);
}
