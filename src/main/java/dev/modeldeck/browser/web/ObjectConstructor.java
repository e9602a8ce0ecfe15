package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/** Mirror of the global {@code Object}'s static members (named after its type in TypeScript's lib). */
@JSClass(name = "Object")
public final class ObjectConstructor implements JSObject {
    private ObjectConstructor() {
    }

    public static native boolean hasOwn(JSObject object, String key);

    public static native String[] keys(JSObject object);
}
