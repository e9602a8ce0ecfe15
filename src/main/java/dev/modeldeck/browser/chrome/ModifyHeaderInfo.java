package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of {@code chrome.declarativeNetRequest.ModifyHeaderInfo}. */
public interface ModifyHeaderInfo extends JSObject {
    static ModifyHeaderInfo create() {
        return JSObjects.create();
    }

    @JSProperty void setHeader(String header);
    @JSProperty void setOperation(String operation);
}
