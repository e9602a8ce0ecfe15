package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MessageEvent;

/** Mirror of {@code BroadcastChannel}: messages to every other page of the same origin listening on the name. */
@JSClass
public class BroadcastChannel implements JSObject {
    public BroadcastChannel(String name) {
    }

    public native void postMessage(String message);

    @JSProperty
    public native void setOnmessage(EventListener<MessageEvent> listener);
}
