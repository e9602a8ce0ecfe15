package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/** Mirror of IndexedDB's {@code IDBDatabase}. */
public interface IDBDatabase extends JSObject {
    @JSProperty DOMStringList getObjectStoreNames();

    IDBObjectStore createObjectStore(String name);

    IDBTransaction transaction(String[] storeNames, String mode, IDBTransactionOptions options);

    void close();

    /** Another page wants to upgrade or delete the database: this connection should close. */
    @JSProperty void setOnversionchange(EventListener<Event> listener);
}
