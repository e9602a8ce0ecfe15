package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of {@code chrome.runtime}. */
public interface Runtime extends JSObject {
    /** The extension's id (in Firefox the add-on id, which is not the page's host). */
    @JSProperty String getId();

    void openOptionsPage();
}
