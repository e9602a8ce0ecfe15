package dev.modeldeck.core.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** {@link VaultCrypto} over javax.crypto: the reference the browser's WebCrypto must agree with. */
final class JvmVaultCrypto implements VaultCrypto {
    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    @Override
    public DerivedKey deriveKey(String passphrase, byte[] salt, int iterations) throws VaultException {
        // SunJCE's PBKDF2 feeds the password to HMAC as UTF-8, as WebCrypto does with TextEncoder.
        PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), salt, iterations, DerivedKey.LENGTH * 8);
        byte[] raw = null;
        try {
            raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return DerivedKey.of(raw);
        } catch (GeneralSecurityException e) {
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, "Key derivation failed.");
        } finally {
            spec.clearPassword();
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    @Override
    public byte[] encrypt(DerivedKey key, byte[] iv, byte[] plaintext) throws VaultException {
        try {
            return cipher(Cipher.ENCRYPT_MODE, key, iv).doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, "Encryption failed.");
        }
    }

    @Override
    public byte[] decrypt(DerivedKey key, byte[] iv, byte[] ciphertext) throws VaultException {
        try {
            return cipher(Cipher.DECRYPT_MODE, key, iv).doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE, "Wrong passphrase or damaged data.");
        } catch (GeneralSecurityException e) {
            throw new VaultException(VaultException.Reason.CRYPTO_FAILED, "Decryption failed.");
        }
    }

    private static Cipher cipher(int mode, DerivedKey key, byte[] iv) throws GeneralSecurityException {
        byte[] raw = key.copyBytes();
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(128, iv));
            return c;
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
