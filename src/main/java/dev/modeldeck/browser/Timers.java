package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.browser.Window;

/** setTimeout/clearTimeout, named for what the adapters use them for. */
public final class Timers {
    private Timers() { }

    public static int after(long millis, Runnable r) {
        TimerHandler h = r::run;
        return Window.setTimeout(h, (double) Math.max(0, millis));
    }

    /** Blocks the calling green thread until a later task, so the page can paint and handle input in between. */
    public static void nextTask() {
        Promises.await(timeout());
    }

    @JSBody(script = "return new Promise(function (resolve) { setTimeout(resolve, 0); });")
    private static native JSPromise<JSObject> timeout();

    public static void cancel(int handle) {
        if (handle != 0) {
            Window.clearTimeout(handle);
        }
    }
}
