package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.I18n;
import org.teavm.jso.JSBody;

/** Opens the side panel from the popup (needs the click's user gesture, so no awaiting before the call). */
public final class ChromeSidePanel {
    private ChromeSidePanel() { }

    /** Returns null when the call was made, else why not. */
    public static String open() {
        return available() ? openNow() : I18n.t("br_no_side_panel");
    }

    @JSBody(script = "try { chrome.sidePanel.open({windowId: chrome.windows ? chrome.windows.WINDOW_ID_CURRENT : -2})"
        + ".catch(function(){}); return null; } catch (e) { return String(e && e.message); }")
    private static native String openNow();

    @JSBody(script = "return !!(self.chrome && chrome.sidePanel && chrome.sidePanel.open);")
    public static native boolean available();
}
