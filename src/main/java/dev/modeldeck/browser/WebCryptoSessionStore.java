package dev.modeldeck.browser;

import dev.modeldeck.core.security.SessionKeyStore;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@link SessionKeyStore} over chrome.storage.session: kept in memory by the browser, shared by this
 * extension's pages, cleared when the browser closes, and (at its default access level) hidden from
 * content scripts. Where it is missing (a page opened outside the extension, HtmlUnit) or refuses a
 * write, values live in this object only, so the page keeps working and other pages ask again.
 * Blocking: call from a green thread.
 */
public final class WebCryptoSessionStore implements SessionKeyStore {
    private final Map<String, String> fallback = new HashMap<>();

    @JSBody(script = "return !!(self.chrome && chrome.storage && chrome.storage.session);")
    private static native boolean available();

    @JSBody(params = "name", script = "return chrome.storage.session.get(name).then(function(items) {"
        + " var v = items ? items[name] : undefined; return typeof v === 'string' ? v : null; });")
    private static native JSObject getPromise(String name);

    @JSBody(params = {"name", "value"}, script = "var items = {}; items[name] = value;"
        + " return chrome.storage.session.set(items);")
    private static native JSObject setPromise(String name, String value);

    @JSBody(params = "name", script = "return chrome.storage.session.remove(name);")
    private static native JSObject removePromise(String name);

    @JSBody(params = "v", script = "return v == null ? null : String(v);")
    private static native String text(JSObject value);

    @Override
    public synchronized void put(String name, String value) {
        if (available() && Promises.await(setPromise(name, value)).isOk()) {
            fallback.remove(name);
        } else {
            fallback.put(name, value);
        }
    }

    @Override
    public synchronized String get(String name) {
        if (available()) {
            Settled s = Promises.await(getPromise(name));
            String value = s.isOk() ? text(s.getValue()) : null;
            if (value != null) {
                return value;
            }
        }
        return fallback.get(name);
    }

    @Override
    public synchronized void remove(String name) {
        fallback.remove(name);
        if (available()) {
            Promises.await(removePromise(name));
        }
    }

    @Override public String toString() { return "WebCryptoSessionStore"; }
}
