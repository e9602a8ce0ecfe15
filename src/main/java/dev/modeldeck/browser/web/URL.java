package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.file.Blob;

/** Mirror of the static members of the web {@code URL} that the File API adds. */
@JSClass
public final class URL implements JSObject {
    private URL() {
    }

    public static native String createObjectURL(Blob blob);

    public static native void revokeObjectURL(String url);
}
