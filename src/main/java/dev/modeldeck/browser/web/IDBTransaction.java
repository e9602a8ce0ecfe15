package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/** Mirror of IndexedDB's {@code IDBTransaction}. */
public interface IDBTransaction extends JSObject {
    IDBObjectStore objectStore(String name);

    /** Commits as soon as the requests made so far are done (the page need not stay alive until auto-commit). */
    void commit();

    /** Undoes every request of the transaction; its abort event follows. */
    void abort();

    @JSProperty DOMException getError();
    @JSProperty void setOncomplete(EventListener<Event> listener);
    @JSProperty void setOnerror(EventListener<Event> listener);
    @JSProperty void setOnabort(EventListener<Event> listener);
}
