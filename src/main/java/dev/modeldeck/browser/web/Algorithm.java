package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of WebCrypto's {@code Algorithm} dictionary. */
public interface Algorithm extends JSObject {
    static Algorithm named(String name) {
        Algorithm a = JSObjects.create();
        a.setName(name);
        return a;
    }

    @JSProperty void setName(String name);
}
