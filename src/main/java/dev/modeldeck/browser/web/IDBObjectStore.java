package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;

/** Mirror of IndexedDB's {@code IDBObjectStore} (out-of-line string keys). */
public interface IDBObjectStore extends JSObject {
    IDBRequest get(String key);

    /** Values in key order. */
    IDBRequest getAll(IDBKeyRange range);

    /** How many records the range holds. */
    IDBRequest count(IDBKeyRange range);

    /** A cursor over the range's keys only; {@code direction} "prev" walks it from the last key down. */
    IDBRequest openKeyCursor(IDBKeyRange range, String direction);

    IDBRequest put(JSObject value, String key);

    IDBRequest delete(String key);

    IDBRequest delete(IDBKeyRange range);
}
