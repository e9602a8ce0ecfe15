package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSUndefined;

/** Mirror of the async clipboard API's {@code Clipboard}. */
public interface Clipboard extends JSObject {
    JSPromise<JSUndefined> writeText(String data);
}
