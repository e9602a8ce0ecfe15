package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;

/** Mirror of IndexedDB's {@code IDBObjectStore} (out-of-line string keys). */
public interface IDBObjectStore extends JSObject {
    IDBRequest get(String key);

    /** Values in key order. */
    IDBRequest getAll(IDBKeyRange range);

    IDBRequest put(JSObject value, String key);

    IDBRequest delete(String key);

    IDBRequest delete(IDBKeyRange range);
}
