package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSUndefined;

/** Mirror of the {@code chrome.sidePanel} namespace (Chrome only). */
public interface SidePanel extends JSObject {
    /** Only allowed inside a user gesture. */
    JSPromise<JSUndefined> open(OpenOptions options);
}
