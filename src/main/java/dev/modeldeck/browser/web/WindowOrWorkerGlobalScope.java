package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSTopLevel;
import org.teavm.jso.core.JSPromise;

/** Mirror of the global functions of the {@code WindowOrWorkerGlobalScope} mixin that teavm-jso-apis lacks. */
public abstract class WindowOrWorkerGlobalScope implements JSObject {
    private WindowOrWorkerGlobalScope() {
    }

    @JSTopLevel
    public static native JSPromise<Response> fetch(String input, RequestInit init);
}
