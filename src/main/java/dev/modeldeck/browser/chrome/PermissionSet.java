package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of the {@code chrome.permissions.Permissions} type (renamed: the namespace mirror is {@link Permissions}). */
public interface PermissionSet extends JSObject {
    static PermissionSet origins(String... origins) {
        PermissionSet p = JSObjects.create();
        p.setOrigins(origins);
        return p;
    }

    @JSProperty void setOrigins(String[] origins);
}
