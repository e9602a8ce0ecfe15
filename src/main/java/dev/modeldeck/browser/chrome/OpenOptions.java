package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of {@code chrome.sidePanel.OpenOptions}. */
public interface OpenOptions extends JSObject {
    static OpenOptions create() {
        return JSObjects.create();
    }

    @JSProperty void setWindowId(int windowId);
}
