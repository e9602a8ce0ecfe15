package dev.modeldeck.browser.web;

import org.teavm.jso.JSProperty;

/** Mirror of the web {@code KeyboardEvent}: teavm-jso-apis' one plus Event.defaultPrevented. */
public interface KeyboardEvent extends org.teavm.jso.dom.events.KeyboardEvent {
    @JSProperty
    boolean isDefaultPrevented();
}
