package dev.modeldeck.browser.web;

import org.teavm.jso.JSProperty;
import org.teavm.jso.JSTopLevel;

/** Mirror of the web {@code Crypto}: teavm-jso-apis' one plus {@code subtle}. */
public abstract class Crypto extends org.teavm.jso.crypto.Crypto {
    @JSTopLevel
    @JSProperty("crypto")
    public static native Crypto current();

    @JSProperty
    public abstract SubtleCrypto getSubtle();
}
