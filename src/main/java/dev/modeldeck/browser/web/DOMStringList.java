package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;

/** Mirror of {@code DOMStringList}. */
public interface DOMStringList extends JSObject {
    boolean contains(String value);
}
