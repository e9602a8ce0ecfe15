package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of the encoding API's {@code TextDecodeOptions}. */
public interface TextDecodeOptions extends JSObject {
    static TextDecodeOptions create() {
        return JSObjects.create();
    }

    @JSProperty void setStream(boolean stream);
}
