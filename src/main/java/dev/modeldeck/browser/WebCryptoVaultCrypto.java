package dev.modeldeck.browser;

import dev.modeldeck.browser.web.AesGcmParams;
import dev.modeldeck.browser.web.Algorithm;
import dev.modeldeck.browser.web.Crypto;
import dev.modeldeck.browser.web.Pbkdf2Params;
import dev.modeldeck.browser.web.SubtleCrypto;
import dev.modeldeck.browser.web.TextEncoder;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.security.DerivedKey;
import dev.modeldeck.core.security.VaultCrypto;
import dev.modeldeck.core.security.VaultException;
import java.util.Arrays;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * {@link VaultCrypto} over WebCrypto (crypto.getRandomValues, crypto.subtle PBKDF2 and AES-GCM). Java byte
 * arrays reach WebCrypto as views of their own storage (WebCrypto copies what it is given when called), and
 * results come back as views of WebCrypto's buffers, so wiping the Java array wipes the only copy on this side.
 * Each call blocks the current green thread on a promise that cannot reject (see {@link Promises}).
 */
public final class WebCryptoVaultCrypto implements VaultCrypto {
    private static final String[] DERIVE_BITS = {"deriveBits"};
    private static final String[] ENCRYPT = {"encrypt"};
    private static final String[] DECRYPT = {"decrypt"};

    @Override
    public byte[] randomBytes(int n) {
        Int8Array bytes = new Int8Array(n);
        Crypto.current().getRandomValues(bytes);
        return bytes.toJavaArray();
    }

    @Override
    public DerivedKey deriveKey(String passphrase, byte[] salt, int iterations) throws VaultException {
        Uint8Array pass = new TextEncoder().encode(passphrase);
        Pbkdf2Params params = Pbkdf2Params.create();
        params.setName("PBKDF2");
        params.setHash("SHA-256");
        params.setSalt(Int8Array.fromJavaArray(salt));
        params.setIterations(iterations);
        Settled<ArrayBuffer> s = Promises.call(() -> {
            SubtleCrypto subtle = Crypto.current().getSubtle();
            return subtle.importKey("raw", pass, Algorithm.named("PBKDF2"), false, DERIVE_BITS)
                .flatThen(k -> subtle.deriveBits(params, k, DerivedKey.LENGTH * 8));
        });
        pass.set(new Uint8Array(pass.getLength()));
        if (!s.isOk()) {
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, I18n.t("br_crypto_failed_derive", s.getErrorName()));
        }
        byte[] raw = new Int8Array(s.getValue()).toJavaArray();
        try {
            return DerivedKey.of(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public byte[] encrypt(DerivedKey key, byte[] iv, byte[] plaintext) throws VaultException {
        Settled<ArrayBuffer> s = aesGcm(key, iv, plaintext, true);
        if (!s.isOk()) {
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, I18n.t("br_crypto_failed_encrypt", s.getErrorName()));
        }
        return new Int8Array(s.getValue()).toJavaArray();
    }

    @Override
    public byte[] decrypt(DerivedKey key, byte[] iv, byte[] ciphertext) throws VaultException {
        Settled<ArrayBuffer> s = aesGcm(key, iv, ciphertext, false);
        if (!s.isOk()) {
            // WebCrypto reports a failed GCM tag check as OperationError, with no detail.
            if ("OperationError".equals(s.getErrorName())) {
                throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE, I18n.t("br_wrong_passphrase"));
            }
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, I18n.t("br_crypto_failed_decrypt", s.getErrorName()));
        }
        return new Int8Array(s.getValue()).toJavaArray();
    }

    /** Imports the key for one use and runs AES-256-GCM with a 128-bit tag. */
    private static Settled<ArrayBuffer> aesGcm(DerivedKey key, byte[] iv, byte[] data, boolean encrypting) {
        byte[] raw = key.copyBytes();
        AesGcmParams params = AesGcmParams.create();
        params.setName("AES-GCM");
        params.setIv(Int8Array.fromJavaArray(iv));
        params.setTagLength(128);
        try {
            return Promises.call(() -> {
                SubtleCrypto subtle = Crypto.current().getSubtle();
                return subtle.importKey("raw", Int8Array.fromJavaArray(raw), Algorithm.named("AES-GCM"), false,
                        encrypting ? ENCRYPT : DECRYPT)
                    .flatThen(k -> encrypting
                        ? subtle.encrypt(params, k, Int8Array.fromJavaArray(data))
                        : subtle.decrypt(params, k, Int8Array.fromJavaArray(data)));
            });
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
