package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of {@code navigator} members that teavm-jso-apis' Navigator lacks. */
@JSClass(name = "navigator")
public final class Navigator implements JSObject {
    private Navigator() {
    }

    /** Undefined where the page is not a secure context. */
    @JSProperty
    public static native Clipboard getClipboard();

    /** Undefined outside a secure context. */
    @JSProperty
    public static native StorageManager getStorage();

    /** Web Locks; undefined outside a secure context or in browsers without them. */
    @JSProperty
    public static native LockManager getLocks();
}
