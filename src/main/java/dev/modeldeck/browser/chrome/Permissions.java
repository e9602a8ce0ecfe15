package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSPromise;

/** Mirror of the {@code chrome.permissions} namespace. */
public interface Permissions extends JSObject {
    JSPromise<JSBoolean> contains(PermissionSet permissions);

    /** Shows the browser's prompt; only allowed inside a user gesture. */
    JSPromise<JSBoolean> request(PermissionSet permissions);

    JSPromise<JSBoolean> remove(PermissionSet permissions);
}
