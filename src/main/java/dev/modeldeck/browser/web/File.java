package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** Mirror of the File API's {@code File}; teavm-jso-apis' one reads size as an int, which wraps past 2 GB. */
public interface File extends JSObject {
    @JSProperty String getName();

    /** In bytes. */
    @JSProperty double getSize();

    JSPromise<JSString> text();
}
