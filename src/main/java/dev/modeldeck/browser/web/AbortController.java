package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of the web {@code AbortController}. */
@JSClass
public class AbortController implements JSObject {
    public AbortController() {
    }

    @JSProperty
    public native AbortSignal getSignal();

    public native void abort();
}
