package dev.modeldeck.ui.options;

import dev.modeldeck.browser.Promises;
import dev.modeldeck.browser.Settled;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** The file chosen in an <input type=file>: its name and size first, its text only when asked. */
final class FileRead {
    private FileRead() { }

    @JSBody(params = "input", script = "return input.files && input.files.length ? input.files[0] : null;")
    static native JSObject chosen(HTMLElement input);

    @JSBody(params = "file", script = "return file.size;")
    static native double size(JSObject file);

    @JSBody(params = "file", script = "return String(file.name || '');")
    static native String name(JSObject file);

    /** Lets the same file be chosen again (no change event fires otherwise). */
    @JSBody(params = "input", script = "input.value = '';")
    static native void clear(HTMLElement input);

    @JSBody(params = "file", script = "return file.text();")
    private static native JSObject textPromise(JSObject file);

    @JSBody(params = "v", script = "return typeof v === 'string' ? v : null;")
    private static native String asString(JSObject v);

    /** The file's text (UTF-8), blocking the green thread; null with {@code error[0]} set when it can't be read. */
    static String text(JSObject file, String[] error) {
        Settled s = Promises.await(textPromise(file));
        if (!s.isOk()) {
            error[0] = s.getError();
            return null;
        }
        return asString(s.getValue());
    }
}
