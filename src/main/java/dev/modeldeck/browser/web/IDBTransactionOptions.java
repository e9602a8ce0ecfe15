package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** Mirror of the {@code IDBTransactionOptions} dictionary. */
public interface IDBTransactionOptions extends JSObject {
    static IDBTransactionOptions create() {
        return JSObjects.create();
    }

    /** "strict": complete only once the data is on disk. */
    @JSProperty void setDurability(String durability);
}
