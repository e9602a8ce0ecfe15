package dev.modeldeck.browser;

import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.dom.html.HTMLElement;

/** requestAnimationFrame: coalesces per-token work (like scrolling) to at most once per frame. */
public final class Frames {
    /** How close to the end still counts as "at the bottom" (a reader who scrolled up is left alone). */
    private static final int NEAR_BOTTOM_PX = 48;

    private Frames() { }

    public static void next(Runnable task) {
        if (JSObjects.hasProperty(Window.current(), "requestAnimationFrame")) {
            Window.requestAnimationFrame(time -> task.run());
        } else {
            Timers.after(16, task);
        }
    }

    public static boolean nearBottom(HTMLElement e) {
        return e.getScrollHeight() - e.getScrollTop() - e.getClientHeight() < NEAR_BOTTOM_PX;
    }

    public static void scrollToBottom(HTMLElement e) {
        e.setScrollTop(e.getScrollHeight());
    }
}
