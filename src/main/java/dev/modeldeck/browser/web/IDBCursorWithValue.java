package dev.modeldeck.browser.web;

import org.teavm.jso.JSMethod;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of IndexedDB's {@code IDBCursorWithValue}. */
public interface IDBCursorWithValue extends JSObject {
    @JSProperty JSObject getValue();

    /** {@code continue()}: the request that opened the cursor succeeds again with the next record (or null). */
    @JSMethod("continue")
    void advanceToNext();
}
