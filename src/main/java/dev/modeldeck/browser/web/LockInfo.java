package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of the {@code LockInfo} dictionary. */
public interface LockInfo extends JSObject {
    @JSProperty String getName();
}
