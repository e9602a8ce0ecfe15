package dev.modeldeck.browser;

import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.browser.Window;

/** setTimeout/clearTimeout, named for what the adapters use them for. */
public final class Timers {
    private Timers() { }

    public static int after(long millis, Runnable r) {
        TimerHandler h = r::run;
        return Window.setTimeout(h, (double) Math.max(0, millis));
    }

    public static void cancel(int handle) {
        if (handle != 0) {
            Window.clearTimeout(handle);
        }
    }
}
