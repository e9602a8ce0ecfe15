package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.Runtime;
import java.util.function.Consumer;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.StorageEvent;

/** Cross-page signals (the storage event fires in every other open page of the extension) and the options page. */
final class PageEvents {
    private PageEvents() { }

    /** Another page changed {@code key} in localStorage (null: it cleared everything). */
    static void onStorageChange(Consumer<String> listener) {
        Window.current().onStorage(e -> listener.accept(e.getKey()));
    }

    static void onPageHide(Runnable listener) {
        Window.current().addEventListener("pagehide", (EventListener<Event>) e -> listener.run());
    }

    static void openOptions() {
        Chrome chrome = Chrome.current();
        Runtime runtime = chrome == null ? null : chrome.getRuntime();
        if (!Missing.is(runtime) && JSObjects.hasProperty(runtime, "openOptionsPage")) {
            runtime.openOptionsPage();
        } else {
            Window.current().open("options.html", "_blank");
        }
    }
}
