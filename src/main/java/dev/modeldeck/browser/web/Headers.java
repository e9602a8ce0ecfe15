package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Mirror of the web {@code Headers}. */
@JSClass
public class Headers implements JSObject {
    public Headers() {
    }

    public native void append(String name, String value);

    /** The combined value, or null when the header is absent. */
    public native String get(String name);

    public native void forEach(ForEachCallback callback);

    /** The callback of {@link #forEach}: value first, as the platform passes it. */
    @JSFunctor
    public interface ForEachCallback extends JSObject {
        void accept(String value, String name);
    }
}
