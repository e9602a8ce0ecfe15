package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of {@code chrome.declarativeNetRequest.RuleCondition}. */
public interface RuleCondition extends JSObject {
    static RuleCondition create() {
        return JSObjects.create();
    }

    @JSProperty void setUrlFilter(String filter);
    @JSProperty void setResourceTypes(String[] types);
    @JSProperty void setInitiatorDomains(String[] domains);
}
