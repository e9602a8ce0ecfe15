package dev.modeldeck.browser.web;

import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/** Mirror of IndexedDB's {@code IDBOpenDBRequest}. */
public interface IDBOpenDBRequest extends IDBRequest {
    /** The connection, once the request succeeded (or during upgradeneeded). */
    @JSProperty("result") IDBDatabase getDatabase();
    @JSProperty void setOnupgradeneeded(EventListener<Event> listener);
    @JSProperty void setOnblocked(EventListener<Event> listener);
}
