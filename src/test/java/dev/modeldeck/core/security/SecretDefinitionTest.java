package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one definition of a secret header or query value, which storage, export, redaction and display share. */
class SecretDefinitionTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "cf-aig-authorization | Bearer cfut_gatewaySecret",
        "Authorization        | Basic dXNlcjpwYXNz",
        "x-api-key            | abc",
        "api-key              | short",
        "access_token         | t0k3n",
        "sig                  | abc123",
        "SIG                  | abc123",
        "signature            | abc123",
        "X-Custom             | sk-proj-0123456789abcdef",
        "X-Custom             | Bearer anything",
        "X-Request-Tag        | a1b2c3d4e5f6a7b8c9d0e1f2a3b4",
    })
    void theseValuesAreSecrets(String name, String value) {
        assertTrue(SecretPatterns.isSecret(name, value));
        assertEquals(SecretPatterns.HIDDEN, SecretPatterns.shownValue(name, value), "display hides what storage hides");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "X-Team         | research",
        "api-version    | 2024-06-01",
        "x-design-id    | abc123",
        "signal         | on",
        "HTTP-Referer   | https://example.com/some/long/path/123",
        "X-Title        | My app 2",
    })
    void theseValuesAreNot(String name, String value) {
        assertFalse(SecretPatterns.isSecret(name, value));
        assertEquals(value, SecretPatterns.shownValue(name, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {"Authorization | ''", "x-api-key | '   '", "token | null"})
    void aBlankValueIsNoSecretWhateverItsName(String name, String value) {
        assertFalse(SecretPatterns.isSecret(name, value));
    }
}
