package dev.modeldeck.core.security;

import java.util.ArrayList;
import java.util.List;

/**
 * JvmVaultCrypto with a one-round PBKDF2 over (salt, requested iterations), so vault behaviour tests
 * do not spend half a second per derivation. The key still depends on passphrase, salt and the
 * iteration count; the requested counts are recorded. JvmVaultCryptoTest and the real-rounds
 * tests cover full-strength derivation.
 */
final class CheapKdfCrypto implements VaultCrypto {
    final JvmVaultCrypto real = new JvmVaultCrypto();
    final List<Integer> requestedIterations = new ArrayList<>();
    final List<byte[]> ivsUsed = new ArrayList<>();

    @Override public byte[] randomBytes(int n) { return real.randomBytes(n); }

    @Override
    public DerivedKey deriveKey(String passphrase, byte[] salt, int iterations) throws VaultException {
        requestedIterations.add(iterations);
        byte[] mixed = new byte[salt.length + 4];
        System.arraycopy(salt, 0, mixed, 0, salt.length);
        for (int i = 0; i < 4; i++) {
            mixed[salt.length + i] = (byte) (iterations >>> (24 - 8 * i));
        }
        return real.deriveKey(passphrase, mixed, 1);
    }

    @Override
    public byte[] encrypt(DerivedKey key, byte[] iv, byte[] plaintext) throws VaultException {
        ivsUsed.add(iv.clone());
        return real.encrypt(key, iv, plaintext);
    }

    @Override
    public byte[] decrypt(DerivedKey key, byte[] iv, byte[] ciphertext) throws VaultException {
        return real.decrypt(key, iv, ciphertext);
    }
}
