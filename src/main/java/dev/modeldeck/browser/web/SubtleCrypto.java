package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.ArrayBufferView;

/** Mirror of WebCrypto's {@code SubtleCrypto} (the operations the key vault uses). */
public interface SubtleCrypto extends JSObject {
    JSPromise<CryptoKey> importKey(String format, ArrayBufferView keyData, Algorithm algorithm, boolean extractable,
        String[] keyUsages);

    JSPromise<ArrayBuffer> deriveBits(Algorithm algorithm, CryptoKey baseKey, int length);

    JSPromise<ArrayBuffer> encrypt(Algorithm algorithm, CryptoKey key, ArrayBufferView data);

    JSPromise<ArrayBuffer> decrypt(Algorithm algorithm, CryptoKey key, ArrayBufferView data);
}
