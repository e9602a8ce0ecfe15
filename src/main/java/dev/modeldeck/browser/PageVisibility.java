package dev.modeldeck.browser;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/** The page was hidden or shown again (another tab, the side panel closed): a moment to store pending work. */
public final class PageVisibility {
    private PageVisibility() { }

    public static void onChange(Runnable listener) {
        Window.current().getDocument().addEventListener("visibilitychange", (EventListener<Event>) e -> listener.run());
    }
}
