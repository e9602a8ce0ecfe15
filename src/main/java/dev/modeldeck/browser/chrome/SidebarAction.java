package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSUndefined;

/** Mirror of the {@code sidebarAction} namespace (Firefox only; it also appears under {@code chrome}). */
public interface SidebarAction extends JSObject {
    /** Only allowed inside a user gesture. */
    JSPromise<JSUndefined> open();
}
