package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** navigator.clipboard.writeText, awaited so the page can say whether copying worked. */
public final class Clipboard {
    private Clipboard() { }

    @JSBody(params = "text", script = "return navigator.clipboard ? navigator.clipboard.writeText(text)"
        + " : Promise.reject(new Error('clipboard unavailable'));")
    private static native JSObject writePromise(String text);

    /** Blocks the green thread; returns null on success, else why it failed. */
    public static String write(String text) {
        Settled s = Promises.await(writePromise(text));
        return s.isOk() ? null : s.getError();
    }
}
