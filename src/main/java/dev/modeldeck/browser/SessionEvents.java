package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.Storage;
import dev.modeldeck.browser.chrome.StorageChangeEvent;
import org.teavm.jso.core.JSObjects;

/** chrome.storage.session changes, seen by every extension page (the unlocked vault's key lives there). */
final class SessionEvents {
    private SessionEvents() { }

    /** Runs {@code listener} whenever any page sets or removes {@code name} in chrome.storage.session. */
    static void onChange(String name, Runnable listener) {
        Chrome chrome = Chrome.current();
        Storage storage = chrome == null ? null : chrome.getStorage();
        StorageChangeEvent changed = Missing.is(storage) ? null : storage.getOnChanged();
        if (Missing.is(changed)) {
            return; // outside the extension nothing else can lock
        }
        changed.addListener((changes, area) -> {
            if ("session".equals(area) && JSObjects.hasProperty(changes, name)) {
                listener.run();
            }
        });
    }
}
