package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Cross-page signals: the storage event fires in every other open page of the extension. */
public final class PageEvents {
    private PageEvents() { }

    @JSFunctor
    public interface KeyListener extends JSObject {
        void changed(String key);
    }

    @JSBody(params = "l", script = "window.addEventListener('storage', function(e){ l(e.key); });")
    public static native void onStorageChange(KeyListener listener);

    @JSFunctor
    public interface Action extends JSObject {
        void run();
    }

    @JSBody(params = "l", script = "window.addEventListener('pagehide', function(){ l(); });")
    public static native void onPageHide(Action listener);

    @JSBody(script = "return !!(self.chrome && chrome.runtime && chrome.runtime.id);")
    public static native boolean inExtension();

    @JSBody(params = "path", script = "return (self.chrome && chrome.runtime && chrome.runtime.getURL) ? chrome.runtime.getURL(path) : path;")
    public static native String extensionUrl(String path);

    @JSBody(script = "if (self.chrome && chrome.runtime && chrome.runtime.openOptionsPage) { chrome.runtime.openOptionsPage(); }"
        + " else { window.open('options.html'); }")
    public static native void openOptions();
}
