package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** requestIdleCallback: work that may wait until the page has nothing else to do, in slices that stay short. */
public final class IdleTime {
    /** One slice of idle work; answers whether more remains. */
    @JSFunctor
    public interface Slice extends JSObject {
        boolean run(double millisLeft);
    }

    private IdleTime() { }

    /** Runs {@code slice} in idle periods (each given the time left in its period) until it answers false. */
    public static void run(Slice slice) {
        schedule(slice);
    }

    @JSBody(params = "slice", script = "var next = function (deadline) {"
        + " if (slice(deadline ? deadline.timeRemaining() : 5)) { schedule(); } };"
        + "var schedule = function () {"
        + " if (typeof requestIdleCallback === 'function') { requestIdleCallback(next, {timeout: 2000}); }"
        + " else { setTimeout(next, 50); } };"
        + "schedule();")
    private static native void schedule(Slice slice);
}
