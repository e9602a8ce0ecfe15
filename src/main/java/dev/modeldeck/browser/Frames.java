package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** requestAnimationFrame: coalesces per-token work (like scrolling) to at most once per frame. */
public final class Frames {
    private Frames() { }

    @JSFunctor
    public interface Callback extends JSObject {
        void run();
    }

    @JSBody(params = "cb", script = "if (self.requestAnimationFrame) { requestAnimationFrame(function(){ cb(); }); } else { setTimeout(function(){ cb(); }, 16); }")
    public static native void next(Callback cb);

    @JSBody(params = "e", script = "return e.scrollHeight - e.scrollTop - e.clientHeight < 48;")
    public static native boolean nearBottom(org.teavm.jso.dom.html.HTMLElement e);

    @JSBody(params = "e", script = "e.scrollTop = e.scrollHeight;")
    public static native void scrollToBottom(org.teavm.jso.dom.html.HTMLElement e);
}
