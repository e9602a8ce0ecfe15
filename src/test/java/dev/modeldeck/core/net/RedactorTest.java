package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private static final List<String> NONE = Collections.emptyList();

    @Test
    void givenSecretIsReplacedEverywhereItOccurs() {
        String out = Redactor.redact("key ollama1 then ollama1 again, ollama1", Arrays.asList("ollama1"));
        assertEquals("key [redacted] then [redacted] again, [redacted]", out);
    }

    @Test
    void secretsShorterThanFourCharactersAreLeftAlone() {
        assertEquals("a abc b", Redactor.redact("a abc b", Arrays.asList("abc", null, "")));
    }

    @Test
    void longerSecretContainingAShorterOneIsMaskedWhole() {
        String out = Redactor.redact("x=abcd-efgh-1234 y", Arrays.asList("abcd", "abcd-efgh-1234"));
        assertFalse(out.contains("efgh"), out);
    }

    @Test
    void nullTextStaysNull() {
        assertNull(Redactor.redact(null, NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
        "sk-or-v1-0123456789abcdef0123456789abcdef",
        "gsk_abcdEFGH1234ijklMNOP5678qrst",
        "xai-Abc123Def456Ghi789Jkl012",
        "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStU",
        "sk-ant-api03-abcdefghijklmnop",
        "hf_AbCdEfGhIjKlMnOpQrStUvWx"
    })
    void keyShapedTokensAreMaskedWithoutBeingGiven(String key) {
        String out = Redactor.redact("Your key " + key + " is wrong.", NONE);
        assertEquals("Your key [redacted] is wrong.", out);
    }

    @Test
    void bearerTokenIsMasked() {
        assertEquals("Authorization: Bearer [redacted]",
                Redactor.redact("Authorization: Bearer abc123def456ghi", NONE));
        assertEquals("sent bearer [redacted], got 401", Redactor.redact("sent bearer tok_99887766, got 401", NONE));
    }

    @Test
    void bearerFollowedByProseIsKept() {
        assertEquals("Missing bearer authentication in header",
                Redactor.redact("Missing bearer authentication in header", NONE));
    }

    @Test
    void labelledValuesAreMasked() {
        assertEquals("https://h/v1/models?key=[redacted]&alt=json",
                Redactor.redact("https://h/v1/models?key=abcdef123&alt=json", NONE));
        assertEquals("api-key: [redacted]", Redactor.redact("api-key: 0f1e2d3c4b5a", NONE));
        assertEquals("{\"api_key\": \"[redacted]\"}", Redactor.redact("{\"api_key\": \"local-secret-value\"}", NONE));
        assertEquals("access_token=[redacted]", Redactor.redact("access_token=ya29.a0AfH6SMB", NONE));
        assertEquals("Authorization: [redacted]", Redactor.redact("Authorization: rawkeyvalue99", NONE));
    }

    @Test
    void ordinaryJsonAndProseAboutKeysAndTokensIsKept() {
        String[] keep = {
            "{\"code\":\"invalid_api_key\",\"param\":null}",
            "\"max_tokens\": 4096, \"prompt_tokens\": 12",
            "You can find your API key at https://platform.openai.com/account/api-keys.",
            "Invalid subscription key or wrong API endpoint.",
            "on tokens per minute (TPM): Limit 8000, Used 3211",
            "the sk-learn library and the task-runner",
            "total_token: 5000"
        };
        for (String k : keep) {
            assertEquals(k, Redactor.redact(k, NONE));
        }
    }

    @Test
    void longRandomTokenNearTheWordKeyIsMasked() {
        String hex = "0123456789abcdef0123456789abcdef01";
        assertEquals("your key [redacted] was revoked", Redactor.redact("your key " + hex + " was revoked", NONE));
        assertEquals("token: [redacted]", Redactor.redact("token: " + hex, NONE));
    }

    @Test
    void longTokenFarFromKeyWordsIsKept() {
        String hash = "0123456789abcdef0123456789abcdef01";
        String text = "commit " + hash + " fixed the build";
        assertEquals(text, Redactor.redact(text, NONE));
    }

    @Test
    void trailingSentencePunctuationSurvivesMasking() {
        assertEquals("Key: [redacted].", Redactor.redact("Key: sk-abcdefgh12345678.", NONE));
    }

    @Test
    void maskKeyShowsFirstThreeAndLastFour() {
        assertEquals("sk-…wxyz", Redactor.maskKey("sk-proj-abcdefghijklmnopqrstuvwxyz"));
        assertEquals("gsk…7890", Redactor.maskKey("gsk_abcdef1234567890"));
    }

    @Test
    void maskKeyHidesShortKeysEntirely() {
        assertEquals("••••", Redactor.maskKey("ollama"));
        assertEquals("••••", Redactor.maskKey("12345678901"));
        assertEquals("", Redactor.maskKey(""));
        assertEquals("", Redactor.maskKey(null));
    }

    @Test
    void maskKeyNeverRevealsTheMiddle() {
        String key = "sk-proj-SECRETMIDDLEPART-abcd";
        String shown = Redactor.maskKey(key);
        assertFalse(shown.contains("SECRET"));
        assertTrue(shown.length() < 10);
    }
}
