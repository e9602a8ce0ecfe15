package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.SidebarAction;
import org.teavm.jso.core.JSObjects;

/** Firefox's sidebar, its stand-in for Chrome's side panel: opened from the click itself (the user gesture). */
final class FirefoxSidebar {
    private FirefoxSidebar() { }

    /** Returns null when the call was made, else why not. */
    static String open() {
        return Promises.start(() -> Chrome.current().getSidebarAction().open());
    }

    static boolean available() {
        Chrome chrome = Chrome.current();
        SidebarAction sidebar = chrome == null ? null : chrome.getSidebarAction();
        return !Missing.is(sidebar) && JSObjects.hasProperty(sidebar, "open");
    }
}
