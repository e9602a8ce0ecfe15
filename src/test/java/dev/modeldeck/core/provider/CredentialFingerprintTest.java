package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CredentialFingerprintTest {
    private static ProviderConfig p(AuthStyle style, String header, String key) {
        ProviderConfig p = new ProviderConfig("p-1", "X", "https://api.example.com/v1");
        p.authStyle = style;
        p.headerName = header;
        p.apiKey = key;
        return p;
    }

    @Test
    void fnv1aMatchesThePublishedTestVectors() {
        // FNV-1a 64 of "" and of the single byte 'a' (www.isthe.com/chongo/tech/comp/fnv test vectors).
        assertEquals(0xcbf29ce484222325L, CredentialFingerprint.mix(0xcbf29ce484222325L, ""));
        long afterA = 0xcbf29ce484222325L;
        afterA ^= 'a';
        afterA *= 0x100000001b3L;
        assertEquals(0xaf63dc4c8601ec8cL, afterA);
    }

    @Test
    void fingerprintIsShortHexAndNeverContainsTheKey() {
        String key = "sk-proj-abcdef0123456789";
        String fp = CredentialFingerprint.of(p(AuthStyle.BEARER, "", key));
        assertEquals(16, fp.length());
        for (char c : fp.toCharArray()) {
            assertTrue((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        }
        assertFalse(fp.contains("abcdef0123"));
    }

    @Test
    void sameCredentialGivesSameFingerprint() {
        assertEquals(CredentialFingerprint.of(p(AuthStyle.BEARER, "", "sk-1")),
            CredentialFingerprint.of(p(AuthStyle.BEARER, "", " sk-1\n")));
    }

    @Test
    void anyCredentialChangeChangesTheFingerprint() {
        String base = CredentialFingerprint.of(p(AuthStyle.BEARER, "", "sk-1"));
        assertNotEquals(base, CredentialFingerprint.of(p(AuthStyle.BEARER, "", "sk-2")));
        assertNotEquals(base, CredentialFingerprint.of(p(AuthStyle.CUSTOM_HEADER, "api-key", "sk-1")));
        assertNotEquals(CredentialFingerprint.of(p(AuthStyle.CUSTOM_HEADER, "api-key", "sk-1")),
            CredentialFingerprint.of(p(AuthStyle.CUSTOM_HEADER, "x-api-key", "sk-1")));
        assertNotEquals(base, CredentialFingerprint.of(p(AuthStyle.NONE, "", "sk-1")));
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameInput() {
        assertNotEquals(CredentialFingerprint.of(p(AuthStyle.CUSTOM_HEADER, "ab", "c")),
            CredentialFingerprint.of(p(AuthStyle.CUSTOM_HEADER, "a", "bc")));
    }

    @Test
    void unsentPartsDoNotSplitTheCache() {
        assertEquals(CredentialFingerprint.of(p(AuthStyle.NONE, "", "old-key")),
            CredentialFingerprint.of(p(AuthStyle.NONE, "", "")));
        assertEquals(CredentialFingerprint.of(p(AuthStyle.BEARER, "leftover", "k")),
            CredentialFingerprint.of(p(AuthStyle.BEARER, "", "k")));
        assertEquals(CredentialFingerprint.of(p(AuthStyle.CUSTOM_HEADER, "API-Key", "k")),
            CredentialFingerprint.of(p(AuthStyle.CUSTOM_HEADER, "api-key ", "k")));
    }

    @Test
    void nonAsciiKeysAreHashedByFullCharacter() {
        assertNotEquals(CredentialFingerprint.of(p(AuthStyle.BEARER, "", "\u0101")),
            CredentialFingerprint.of(p(AuthStyle.BEARER, "", "\u0001")));
    }
}
