package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/** Mirror of the global {@code indexedDB} (an {@code IDBFactory}). */
@JSClass(name = "indexedDB")
public final class IndexedDB implements JSObject {
    private IndexedDB() {
    }

    public static native IDBOpenDBRequest open(String name, int version);

    public static native IDBOpenDBRequest deleteDatabase(String name);
}
