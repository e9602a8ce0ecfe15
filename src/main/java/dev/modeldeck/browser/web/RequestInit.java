package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of the fetch dictionary {@code RequestInit} (the members ModelDeck sets). */
public interface RequestInit extends JSObject {
    static RequestInit create() {
        return JSObjects.create();
    }

    @JSProperty void setMethod(String method);
    @JSProperty void setHeaders(Headers headers);
    @JSProperty void setBody(String body);
    @JSProperty void setSignal(AbortSignal signal);
    @JSProperty void setRedirect(String redirect);
    @JSProperty void setCredentials(String credentials);
    @JSProperty void setCache(String cache);
}
