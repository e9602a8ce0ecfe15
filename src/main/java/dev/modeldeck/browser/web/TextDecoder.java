package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBufferView;

/** Mirror of the encoding API's {@code TextDecoder}. */
@JSClass
public class TextDecoder implements JSObject {
    public TextDecoder(String label) {
    }

    public native String decode(ArrayBufferView input, TextDecodeOptions options);

    /** Ends a streaming decode: whatever an incomplete sequence left behind. */
    public native String decode();
}
