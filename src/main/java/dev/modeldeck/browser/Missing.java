package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Feature detection: whether a value read from the browser is absent. */
public final class Missing {
    private Missing() { }

    /** Null or undefined. An API the browser lacks reads as undefined, which Java's {@code == null} does not see. */
    @JSBody(params = "v", script = "return v == null;")
    public static native boolean is(JSObject value);
}
