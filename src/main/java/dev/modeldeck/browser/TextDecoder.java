package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Streaming UTF-8 decoder: a character split across two network chunks is held back until complete. */
public abstract class TextDecoder implements JSObject {
    @JSBody(script = "return new TextDecoder('utf-8');")
    public static native TextDecoder create();

    @JSBody(params = {"d", "bytes"}, script = "return d.decode(bytes, {stream: true});")
    public static native String decodeStreaming(TextDecoder d, JSObject bytes);

    @JSBody(params = "d", script = "return d.decode();")
    public static native String flush(TextDecoder d);
}
