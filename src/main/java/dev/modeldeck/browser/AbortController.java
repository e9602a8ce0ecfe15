package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of the web AbortController (not in teavm-jso-apis 0.16). */
public abstract class AbortController implements JSObject {
    @JSBody(script = "return new AbortController();")
    public static native AbortController create();

    @JSProperty
    public abstract JSObject getSignal();

    public abstract void abort();
}
