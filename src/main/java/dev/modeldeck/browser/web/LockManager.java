package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** Mirror of {@code navigator.locks}: named locks shared by every page of the origin, released when a page dies. */
public interface LockManager extends JSObject {
    /** Holds the lock from the callback's call until the promise it returns settles. */
    JSPromise<JSObject> request(String name, LockOptions options, LockGrantedCallback callback);

    /** The locks held and asked for right now. */
    JSPromise<LockManagerSnapshot> query();
}
