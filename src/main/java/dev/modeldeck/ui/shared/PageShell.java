package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.ChromeCatalog;
import dev.modeldeck.browser.IntlFormat;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import org.teavm.jso.dom.html.HTMLDocument;

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
        HTMLDocument document = HTMLDocument.current();
        document.getDocumentElement().setLang(catalog.language());
        document.setTitle(I18n.t(titleKey));
    }

    public static El root() {
        El app = El.byId("app");
        app.clear();
        Alerts.install(app);
        return app;
    }

    /** Marks the page as rendered (document.documentElement.dataset.ready) and no longer busy. */
    public static void ready(El app) {
        app.busy(false);
        HTMLDocument.current().getDocumentElement().setAttribute("data-ready", "true");
    }

    /** The page's data-mode ("popup" or "sidepanel" for the chat; "" elsewhere). */
    public static String mode() {
        String mode = HTMLDocument.current().getBody().getAttribute("data-mode");
        return mode == null ? "" : mode;
    }
}
