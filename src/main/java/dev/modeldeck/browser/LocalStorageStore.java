package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Storage;

/** {@link KeyValueStore} over the extension's localStorage, shared by popup, side panel and options. */
public final class LocalStorageStore implements KeyValueStore {
    private final Storage storage = Storage.getLocalStorage();

    @Override public String get(String key) { return storage.getItem(key); }

    @Override
    public void put(String key, String value) throws StoreException {
        try {
            storage.setItem(key, value);
        } catch (RuntimeException e) {
            String name = JsErrors.name(e);
            boolean quota = "QuotaExceededError".equals(name);
            throw new StoreException(quota
                ? I18n.t("br_storage_full")
                : I18n.t("br_storage_refused", name + ": " + JsErrors.message(e)), quota);
        }
    }

    @Override public void remove(String key) { storage.removeItem(key); }

    @Override
    public List<String> keys() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < storage.getLength(); i++) {
            list.add(storage.key(i));
        }
        return list;
    }
}
