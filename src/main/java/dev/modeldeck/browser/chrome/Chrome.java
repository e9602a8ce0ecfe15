package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * Mirror of the extension API namespace object {@code chrome} (the namespaces ModelDeck uses). A namespace
 * the browser lacks, or the manifest does not grant, reads as undefined: check with {@code Missing.is}.
 */
public abstract class Chrome implements JSObject {
    /** The global {@code chrome}, or null outside an extension; a global that may not exist needs typeof. */
    @JSBody(script = "return typeof chrome === 'undefined' ? null : chrome;")
    public static native Chrome current();

    @JSProperty public abstract I18n getI18n();
    @JSProperty public abstract Runtime getRuntime();
    @JSProperty public abstract Permissions getPermissions();
    @JSProperty public abstract DeclarativeNetRequest getDeclarativeNetRequest();
    @JSProperty public abstract SidePanel getSidePanel();
    @JSProperty public abstract SidebarAction getSidebarAction();
    @JSProperty public abstract Windows getWindows();
    @JSProperty public abstract Storage getStorage();
}
