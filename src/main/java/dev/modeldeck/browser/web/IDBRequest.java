package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/** Mirror of IndexedDB's {@code IDBRequest}. */
public interface IDBRequest extends JSObject {
    @JSProperty JSObject getResult();
    @JSProperty DOMException getError();
    @JSProperty void setOnsuccess(EventListener<Event> listener);
    @JSProperty void setOnerror(EventListener<Event> listener);
}
