package dev.modeldeck.browser;

import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSError;

/** What a JS exception caught in Java said: TeaVM hands it over as a RuntimeException wrapping the JS error. */
public final class JsErrors {
    private JsErrors() { }

    /** The JS error's message, or the Java exception's. */
    public static String message(RuntimeException e) {
        JSError error = jsError(e);
        return error != null ? error.getMessage() : String.valueOf(e.getMessage());
    }

    /** The JS error's name (TypeError, QuotaExceededError, ...), or "" when it is not one. */
    public static String name(RuntimeException e) {
        JSError error = jsError(e);
        return error != null ? error.getName() : "";
    }

    private static JSError jsError(RuntimeException e) {
        JSObject js = JSExceptions.getJSException(e);
        return js instanceof JSError ? (JSError) js : null;
    }
}
