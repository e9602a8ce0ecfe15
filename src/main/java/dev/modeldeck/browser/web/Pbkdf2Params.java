package dev.modeldeck.browser.web;

import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.typedarrays.ArrayBufferView;

/** Mirror of WebCrypto's {@code Pbkdf2Params} dictionary. */
public interface Pbkdf2Params extends Algorithm {
    static Pbkdf2Params create() {
        return JSObjects.create();
    }

    @JSProperty void setHash(String hash);
    @JSProperty void setSalt(ArrayBufferView salt);
    @JSProperty void setIterations(int iterations);
}
