package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of IndexedDB's {@code IDBCursor} (string keys). */
public interface IDBCursor extends JSObject {
    @JSProperty String getKey();

    /** Skips {@code count} records: the request that opened the cursor succeeds again there (or with null). */
    void advance(int count);
}
