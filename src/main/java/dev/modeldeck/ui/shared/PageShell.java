package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.ChromeCatalog;
import dev.modeldeck.browser.IntlFormat;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import org.teavm.jso.JSBody;

/** The frame every page shares: the app root, alert and status regions, and the "ready" marker tests wait for. */
public final class PageShell {
    private PageShell() { }

    /**
     * Installs the browser's catalog and number formats; must run before any page code builds text.
     * Marks the document with the language actually used and sets the window title from {@code titleKey}.
     */
    public static void localize(String titleKey) {
        ChromeCatalog catalog = new ChromeCatalog();
        I18n.install(catalog, new IntlFormat(catalog.language()));
        setDocument(catalog.language(), I18n.t(titleKey));
    }

    @JSBody(params = {"lang", "title"}, script = "document.documentElement.lang = lang; document.title = title;")
    private static native void setDocument(String lang, String title);

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
