package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.security.Base64Codec;
import dev.modeldeck.core.security.DerivedKey;
import dev.modeldeck.core.security.VaultCrypto;
import dev.modeldeck.core.security.VaultException;
import java.util.Arrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@link VaultCrypto} over WebCrypto (crypto.getRandomValues, crypto.subtle PBKDF2 and AES-GCM).
 * Bytes cross the JS boundary as base64 strings, which needs no typed-array conversion. Each call
 * blocks the current green thread on a promise that cannot reject (see {@link Promises}).
 * The passphrase and key bytes exist as JS strings while a call runs; they cannot be wiped.
 */
public final class WebCryptoVaultCrypto implements VaultCrypto {
    /** Shared by the scripts below; a synchronous throw becomes a rejected promise. */
    private static final String HELPERS = "function fromB64(s) { var b = atob(s), a = new Uint8Array(b.length);"
        + " for (var i = 0; i < b.length; i++) { a[i] = b.charCodeAt(i); } return a; }"
        + " function toB64(buf) { var a = new Uint8Array(buf), s = '';"
        + " for (var i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); } return btoa(s); } ";

    @JSBody(params = "n", script = HELPERS
        + "var a = new Uint8Array(n); self.crypto.getRandomValues(a); return toB64(a);")
    private static native String randomBase64(int n);

    @JSBody(params = {"pass", "salt", "iterations"}, script = HELPERS
        + "try { var subtle = self.crypto.subtle;"
        + " return subtle.importKey('raw', new TextEncoder().encode(pass), 'PBKDF2', false, ['deriveBits'])"
        + ".then(function(k) { return subtle.deriveBits({name: 'PBKDF2', hash: 'SHA-256', salt: fromB64(salt),"
        + " iterations: iterations}, k, 256); }).then(toB64);"
        + " } catch (e) { return Promise.reject(e); }")
    private static native JSObject deriveBits(String pass, String salt, int iterations);

    @JSBody(params = {"encrypting", "key", "iv", "data"}, script = HELPERS
        + "try { var subtle = self.crypto.subtle;"
        + " return subtle.importKey('raw', fromB64(key), {name: 'AES-GCM'}, false, [encrypting ? 'encrypt' : 'decrypt'])"
        + ".then(function(k) { var alg = {name: 'AES-GCM', iv: fromB64(iv), tagLength: 128};"
        + " return encrypting ? subtle.encrypt(alg, k, fromB64(data)) : subtle.decrypt(alg, k, fromB64(data)); })"
        + ".then(toB64);"
        + " } catch (e) { return Promise.reject(e); }")
    private static native JSObject aesGcm(boolean encrypting, String key, String iv, String data);

    @JSBody(params = "v", script = "return v == null ? null : String(v);")
    private static native String text(JSObject value);

    @Override
    public byte[] randomBytes(int n) {
        return Base64Codec.decode(randomBase64(n));
    }

    @Override
    public DerivedKey deriveKey(String passphrase, byte[] salt, int iterations) throws VaultException {
        Settled s = Promises.await(deriveBits(passphrase, Base64Codec.encode(salt), iterations));
        if (!s.isOk()) {
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, I18n.t("br_crypto_failed_derive", s.getErrorName()));
        }
        byte[] raw = Base64Codec.decode(text(s.getValue()));
        try {
            return DerivedKey.of(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public byte[] encrypt(DerivedKey key, byte[] iv, byte[] plaintext) throws VaultException {
        Settled s = Promises.await(aesGcm(true, keyText(key), Base64Codec.encode(iv), Base64Codec.encode(plaintext)));
        if (!s.isOk()) {
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, I18n.t("br_crypto_failed_encrypt", s.getErrorName()));
        }
        return Base64Codec.decode(text(s.getValue()));
    }

    @Override
    public byte[] decrypt(DerivedKey key, byte[] iv, byte[] ciphertext) throws VaultException {
        Settled s = Promises.await(aesGcm(false, keyText(key), Base64Codec.encode(iv), Base64Codec.encode(ciphertext)));
        if (!s.isOk()) {
            // WebCrypto reports a failed GCM tag check as OperationError, with no detail.
            if ("OperationError".equals(s.getErrorName())) {
                throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE, I18n.t("br_wrong_passphrase"));
            }
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, I18n.t("br_crypto_failed_decrypt", s.getErrorName()));
        }
        return Base64Codec.decode(text(s.getValue()));
    }

    private static String keyText(DerivedKey key) {
        byte[] raw = key.copyBytes();
        try {
            return Base64Codec.encode(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

}
