package dev.modeldeck.browser;

import org.teavm.jso.JSBody;

/** chrome.storage.session changes, seen by every extension page (the unlocked vault's key lives there). */
public final class SessionEvents {
    private SessionEvents() { }

    /** Calls {@code listener} whenever {@code name} is set or removed in chrome.storage.session by any page. */
    @JSBody(params = {"name", "listener"}, script = "if (self.chrome && chrome.storage && chrome.storage.onChanged) {"
        + " chrome.storage.onChanged.addListener(function(changes, area) {"
        + " if (area === 'session' && Object.prototype.hasOwnProperty.call(changes, name)) { listener(); } }); }")
    public static native void onChange(String name, PageEvents.Action listener);
}
