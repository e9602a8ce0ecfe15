package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;

/** Mirror of the web {@code AbortSignal}; ModelDeck only hands it to fetch. */
public interface AbortSignal extends JSObject {
}
