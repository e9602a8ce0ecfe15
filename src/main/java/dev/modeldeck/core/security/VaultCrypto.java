package dev.modeldeck.core.security;

/**
 * The cryptography the vault needs: PBKDF2-HMAC-SHA256 and AES-256-GCM with 128-bit tags.
 * Blocking style: the browser implementation awaits WebCrypto promises on a TeaVM green thread,
 * so call it from one. Ciphertexts are the cipher output followed by the 16-byte tag (WebCrypto's
 * and javax.crypto's layout).
 */
public interface VaultCrypto {
    /** {@code n} bytes from a cryptographically strong random source. */
    byte[] randomBytes(int n);

    /** PBKDF2-HMAC-SHA256 over the passphrase's UTF-8 bytes, 32 bytes of output. */
    DerivedKey deriveKey(String passphrase, byte[] salt, int iterations) throws VaultException;

    /** AES-256-GCM; {@code iv} is 12 bytes and must never repeat under one key. */
    byte[] encrypt(DerivedKey key, byte[] iv, byte[] plaintext) throws VaultException;

    /**
     * Opens AES-256-GCM output. A failed tag check throws {@link VaultException.Reason#WRONG_PASSPHRASE}
     * ("wrong passphrase or damaged data"): the two cannot be told apart at this level.
     */
    byte[] decrypt(DerivedKey key, byte[] iv, byte[] ciphertext) throws VaultException;
}
