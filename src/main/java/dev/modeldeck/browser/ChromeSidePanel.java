package dev.modeldeck.browser;

import org.teavm.jso.JSBody;

/** Opens the side panel from the popup (needs the click's user gesture, so no awaiting before the call). */
public final class ChromeSidePanel {
    private ChromeSidePanel() { }

    /** Returns null when the call was made, else why not. */
    @JSBody(script = "if (!(self.chrome && chrome.sidePanel && chrome.sidePanel.open)) { return 'This browser has no side panel.'; }"
        + " try { chrome.sidePanel.open({windowId: chrome.windows ? chrome.windows.WINDOW_ID_CURRENT : -2})"
        + ".catch(function(){}); return null; } catch (e) { return String(e && e.message); }")
    public static native String open();

    @JSBody(script = "return !!(self.chrome && chrome.sidePanel && chrome.sidePanel.open);")
    public static native boolean available();
}
