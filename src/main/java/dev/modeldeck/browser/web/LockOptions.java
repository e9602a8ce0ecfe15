package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of the {@code LockOptions} dictionary. */
public interface LockOptions extends JSObject {
    static LockOptions create() {
        return JSObjects.create();
    }

    /** "exclusive" (the default) or "shared": any number of holders at once. */
    @JSProperty void setMode(String mode);
}
