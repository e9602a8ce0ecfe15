package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of the {@code chrome.storage} namespace (the area and the event ModelDeck uses). */
public interface Storage extends JSObject {
    /** In memory, cleared when the browser closes; undefined before Chrome 102. */
    @JSProperty StorageArea getSession();

    @JSProperty StorageChangeEvent getOnChanged();
}
