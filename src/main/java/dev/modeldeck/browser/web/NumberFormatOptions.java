package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of ECMA-402's {@code Intl.NumberFormat} options (the members ModelDeck sets). */
public interface NumberFormatOptions extends JSObject {
    static NumberFormatOptions create() {
        return JSObjects.create();
    }

    @JSProperty void setMaximumFractionDigits(int digits);
}
