package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known answers prove the port's parameters: PBKDF2-HMAC-SHA256 with 32-byte output, AES-256-GCM with 128-bit tags. */
class JvmVaultCryptoTest {
    private final JvmVaultCrypto crypto = new JvmVaultCrypto();

    private String derive(String passphrase, String salt, int iterations) throws VaultException {
        return Hex.of(crypto.deriveKey(passphrase, salt.getBytes(StandardCharsets.UTF_8), iterations).copyBytes());
    }

    // "password"/"salt" are the widely published PBKDF2-HMAC-SHA256 vectors; "passwd"/"salt" and
    // "Password"/"NaCl" are RFC 7914 section 11 (its 64-byte outputs; PBKDF2 blocks are independent,
    // so the first 32 bytes are the 32-byte answer).
    @ParameterizedTest
    @CsvSource({
        "password, salt, 1, 120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
        "password, salt, 2, ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43",
        "password, salt, 4096, c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
        "passwd, salt, 1, 55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc",
        "Password, NaCl, 80000, 4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56",
    })
    void pbkdf2MatchesPublishedSha256Vectors(String passphrase, String salt, int iterations, String expected)
        throws VaultException {
        assertEquals(expected, derive(passphrase, salt, iterations));
    }

    @Test
    void pbkdf2AtTheVaultsDefaultRoundsMatchesAnIndependentImplementation() throws VaultException {
        // Expected value from Python's hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 600000, 32).
        assertEquals("669cfe52482116fda1aa2cbe409b2f56c8e4563752b7a28f6eaab614ee005178",
            derive("password", "salt", VaultDocument.DEFAULT_ITERATIONS));
    }

    // AES-256 cases 13-15 of the GCM specification (McGrew and Viega) that NIST's GCM test vectors build on.
    @ParameterizedTest
    @CsvSource({
        "0000000000000000000000000000000000000000000000000000000000000000, 000000000000000000000000, '',"
            + " 530f8afbc74536b9a963b4f1c4cb738b",
        "0000000000000000000000000000000000000000000000000000000000000000, 000000000000000000000000,"
            + " 00000000000000000000000000000000, cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919",
        "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308, cafebabefacedbaddecaf888,"
            + " d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255,"
            + " 522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015adb094dac5d93471bdec1a502270e3cc6c",
    })
    void aes256GcmMatchesSpecificationTestCases(String key, String iv, String plaintext, String ciphertextAndTag)
        throws VaultException {
        DerivedKey k = DerivedKey.of(Hex.bytes(key));
        assertEquals(ciphertextAndTag, Hex.of(crypto.encrypt(k, Hex.bytes(iv), Hex.bytes(plaintext))));
        assertArrayEquals(Hex.bytes(plaintext), crypto.decrypt(k, Hex.bytes(iv), Hex.bytes(ciphertextAndTag)));
    }

    @Test
    void aFlippedBitOrWrongKeyFailsTheTagCheckAsWrongPassphraseOrDamagedData() throws VaultException {
        DerivedKey k = DerivedKey.of(crypto.randomBytes(32));
        byte[] iv = crypto.randomBytes(12);
        byte[] sealed = crypto.encrypt(k, iv, "secret".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < sealed.length; i++) {
            byte[] flipped = sealed.clone();
            flipped[i] ^= 1;
            VaultException e = assertThrows(VaultException.class, () -> crypto.decrypt(k, iv, flipped));
            assertEquals(VaultException.Reason.WRONG_PASSPHRASE, e.reason());
        }
        DerivedKey other = DerivedKey.of(crypto.randomBytes(32));
        VaultException e = assertThrows(VaultException.class, () -> crypto.decrypt(other, iv, sealed));
        assertEquals("Wrong passphrase or damaged data.", e.getMessage());
    }

    @Test
    void randomBytesHaveTheRequestedLengthAndDoNotRepeat() {
        byte[] a = crypto.randomBytes(16);
        byte[] b = crypto.randomBytes(16);
        assertEquals(16, a.length);
        assertFalse(Arrays.equals(a, b));
    }
}
