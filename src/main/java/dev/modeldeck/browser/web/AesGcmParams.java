package dev.modeldeck.browser.web;

import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.typedarrays.ArrayBufferView;

/** Mirror of WebCrypto's {@code AesGcmParams} dictionary. */
public interface AesGcmParams extends Algorithm {
    static AesGcmParams create() {
        return JSObjects.create();
    }

    @JSProperty void setIv(ArrayBufferView iv);
    @JSProperty void setTagLength(int bits);
}
