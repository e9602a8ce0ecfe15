package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;

/** Mirror of WebCrypto's {@code CryptoKey}: an opaque handle; its bytes never come back to the page. */
public interface CryptoKey extends JSObject {
}
