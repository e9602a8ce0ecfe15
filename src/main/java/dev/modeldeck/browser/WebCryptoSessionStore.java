package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.Storage;
import dev.modeldeck.browser.chrome.StorageArea;
import dev.modeldeck.core.security.SessionKeyStore;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSMapLike;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.core.JSString;

/**
 * {@link SessionKeyStore} over chrome.storage.session: kept in memory by the browser, shared by this
 * extension's pages, cleared when the browser closes, and (at its default access level) hidden from
 * content scripts. Where it is missing (a page opened outside the extension, HtmlUnit) or refuses a
 * write, values live in this object only, so the page keeps working and other pages ask again.
 * Blocking: call from a green thread.
 */
public final class WebCryptoSessionStore implements SessionKeyStore {
    private final Map<String, String> fallback = new HashMap<>();

    @Override
    public synchronized void put(String name, String value) {
        StorageArea session = session();
        JSMapLike<JSObject> items = JSObjects.create();
        items.set(name, JSString.valueOf(value));
        if (session != null && Promises.await(session.set(items)).isOk()) {
            fallback.remove(name);
        } else {
            fallback.put(name, value);
        }
    }

    @Override
    public synchronized String get(String name) {
        StorageArea session = session();
        if (session != null) {
            Settled<JSMapLike<JSObject>> s = Promises.await(session.get(name));
            JSObject value = s.isOk() && !Missing.is(s.getValue()) ? s.getValue().get(name) : null;
            if (!Missing.is(value) && JSString.isInstance(value)) {
                return ((JSString) value).stringValue();
            }
        }
        return fallback.get(name);
    }

    @Override
    public synchronized void remove(String name) {
        fallback.remove(name);
        StorageArea session = session();
        if (session != null) {
            Promises.await(session.remove(name));
        }
    }

    private static StorageArea session() {
        Chrome chrome = Chrome.current();
        Storage storage = chrome == null ? null : chrome.getStorage();
        StorageArea session = Missing.is(storage) ? null : storage.getSession();
        return Missing.is(session) ? null : session;
    }

    @Override public String toString() { return "WebCryptoSessionStore"; }
}
