package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;

/** {@link KeyValueStore} over the extension's localStorage, shared by popup, side panel and options. */
public final class LocalStorageStore implements KeyValueStore {
    @JSBody(params = "k", script = "return localStorage.getItem(k);")
    private static native String getItem(String key);

    /** Returns null on success, else "name: message" (QuotaExceededError when full). */
    @JSBody(params = {"k", "v"}, script = "try { localStorage.setItem(k, v); return null; }"
        + " catch (e) { return String(e && e.name) + ': ' + String(e && e.message); }")
    private static native String setItem(String key, String value);

    @JSBody(params = "k", script = "localStorage.removeItem(k);")
    private static native void removeItem(String key);

    @JSBody(script = "var out = []; for (var i = 0; i < localStorage.length; i++) { out.push(localStorage.key(i)); } return out;")
    private static native String[] allKeys();

    @Override public String get(String key) { return getItem(key); }

    @Override
    public void put(String key, String value) throws StoreException {
        String error = setItem(key, value);
        if (error != null) {
            boolean quota = error.startsWith("QuotaExceededError");
            throw new StoreException(quota
                ? I18n.t("br_storage_full")
                : I18n.t("br_storage_refused", error), quota);
        }
    }

    @Override public void remove(String key) { removeItem(key); }

    @Override
    public List<String> keys() {
        List<String> list = new ArrayList<>();
        for (String k : allKeys()) {
            list.add(k);
        }
        return list;
    }
}
