package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of the {@code chrome.windows} namespace (the constant ModelDeck uses). */
public interface Windows extends JSObject {
    @JSProperty("WINDOW_ID_CURRENT") int getWindowIdCurrent();
}
