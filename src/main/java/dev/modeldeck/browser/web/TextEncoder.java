package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** Mirror of the encoding API's {@code TextEncoder} (always UTF-8). */
@JSClass
public class TextEncoder implements JSObject {
    public TextEncoder() {
    }

    public native Uint8Array encode(String input);
}
