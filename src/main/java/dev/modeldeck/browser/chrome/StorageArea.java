package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSMapLike;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSUndefined;

/** Mirror of {@code chrome.storage.StorageArea}. */
public interface StorageArea extends JSObject {
    /** The stored items named {@code key} (an object that lacks the key when nothing is stored). */
    JSPromise<JSMapLike<JSObject>> get(String key);

    JSPromise<JSUndefined> set(JSObject items);

    JSPromise<JSUndefined> remove(String key);
}
