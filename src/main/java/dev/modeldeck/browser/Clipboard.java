package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.I18n;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** navigator.clipboard.writeText, awaited so the page can say whether copying worked. */
public final class Clipboard {
    private Clipboard() { }

    @JSBody(script = "return !!navigator.clipboard;")
    private static native boolean available();

    @JSBody(params = "text", script = "return navigator.clipboard.writeText(text);")
    private static native JSObject writePromise(String text);

    /** Blocks the green thread; returns null on success, else why it failed. */
    public static String write(String text) {
        if (!available()) {
            return I18n.t("br_clipboard_unavailable");
        }
        Settled s = Promises.await(writePromise(text));
        return s.isOk() ? null : s.getError();
    }
}
