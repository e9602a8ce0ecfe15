package dev.modeldeck.browser.web;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** Mirror of {@code LockGrantedCallback}: the lock stays held until the returned promise settles. */
@JSFunctor
public interface LockGrantedCallback extends JSObject {
    JSPromise<JSObject> granted(JSObject lock);
}
