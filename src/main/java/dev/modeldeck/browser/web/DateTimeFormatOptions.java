package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of ECMA-402's {@code Intl.DateTimeFormat} options (the members ModelDeck sets). */
public interface DateTimeFormatOptions extends JSObject {
    static DateTimeFormatOptions create() {
        return JSObjects.create();
    }

    @JSProperty void setHour(String style);
    @JSProperty void setMinute(String style);
    @JSProperty void setDateStyle(String style);
    @JSProperty void setTimeStyle(String style);
}
