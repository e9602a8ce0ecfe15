package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;

/** Mirror of {@code chrome.i18n}. */
public interface I18n extends JSObject {
    /** The message in the catalog the browser picked; "" for an unknown name. */
    String getMessage(String messageName, String[] substitutions);

    String getMessage(String messageName);
}
