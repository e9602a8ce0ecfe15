package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.OpenOptions;
import dev.modeldeck.browser.chrome.SidePanel;
import dev.modeldeck.browser.chrome.Windows;
import dev.modeldeck.core.i18n.I18n;
import org.teavm.jso.core.JSObjects;

/** Opens the side panel from the popup (needs the click's user gesture, so no awaiting before the call). */
final class ChromeSidePanel {
    /** chrome.windows.WINDOW_ID_CURRENT, for a browser without the windows API. */
    private static final int CURRENT_WINDOW = -2;

    private ChromeSidePanel() { }

    /** Returns null when the call was made, else why not. */
    static String open() {
        if (!available()) {
            return I18n.t("br_no_side_panel");
        }
        Chrome chrome = Chrome.current();
        Windows windows = chrome.getWindows();
        OpenOptions options = OpenOptions.create();
        options.setWindowId(Missing.is(windows) ? CURRENT_WINDOW : windows.getWindowIdCurrent());
        return Promises.start(() -> chrome.getSidePanel().open(options));
    }

    static boolean available() {
        Chrome chrome = Chrome.current();
        SidePanel panel = chrome == null ? null : chrome.getSidePanel();
        return !Missing.is(panel) && JSObjects.hasProperty(panel, "open");
    }
}
