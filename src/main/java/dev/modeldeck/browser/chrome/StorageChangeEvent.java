package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSMapLike;

/** Mirror of {@code chrome.storage.onChanged}: fires in every extension page when any storage area changes. */
public interface StorageChangeEvent extends JSObject {
    void addListener(Listener listener);

    /** The callback: the changed items by name, and the area's name ("local", "session", "sync"). */
    @JSFunctor
    interface Listener extends JSObject {
        void changed(JSMapLike<JSObject> changes, String areaName);
    }
}
