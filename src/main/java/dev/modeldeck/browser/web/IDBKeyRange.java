package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/** Mirror of IndexedDB's {@code IDBKeyRange}. */
@JSClass
public final class IDBKeyRange implements JSObject {
    private IDBKeyRange() {
    }

    public static native IDBKeyRange bound(String lower, String upper, boolean lowerOpen, boolean upperOpen);
}
