package dev.modeldeck.ui.shared;

import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import org.teavm.jso.JSBody;

/** The frame every page shares: the app root, alert and status regions, and the "ready" marker tests wait for. */
public final class PageShell {
    private PageShell() { }

    public static El root() {
        El app = El.byId("app");
        app.clear();
        Alerts.install(app);
        return app;
    }

    /** Marks the page as rendered (document.documentElement.dataset.ready) and no longer busy. */
    public static void ready(El app) {
        app.busy(false);
        markReady();
    }

    @JSBody(script = "document.documentElement.dataset.ready = 'true';")
    private static native void markReady();

    @JSBody(script = "return document.body.dataset.mode || '';")
    public static native String mode();
}
