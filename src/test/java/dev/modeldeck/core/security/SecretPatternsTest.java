package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.Redactor;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.UrlParts;
import dev.modeldeck.core.provider.UrlProblem;
import org.junit.jupiter.api.Test;

class SecretPatternsTest {
    /**
     * A key that only its prefix gives away: too short for the long-token rules (under 24 characters) and
     * sent without a label such as "key=", so a consumer that misses the prefix lets it through.
     */
    private static String shortKey(String prefix) {
        return prefix + "Ab3dEf6hI";
    }

    @Test
    void everyConsumerRecognisesEveryKeyPrefix() throws Exception {
        for (String prefix : SecretPatterns.keyPrefixes()) {
            String key = shortKey(prefix);
            assertTrue(key.length() < 24, key);

            String redacted = Redactor.redact("upstream echoed " + key + " back", null);
            assertFalse(redacted.contains(key), "redactor: " + redacted);

            UrlProblem pasted = BaseUrlCheck.check(key).find(UrlProblem.Code.LOOKS_LIKE_KEY);
            assertNotNull(pasted, "URL check: " + key);

            ProviderConfig p = new ProviderConfig("p", "Gateway", "https://llm.example.com/v1");
            p.extraHeaders.add(new NameValue("X-Upstream", key));
            assertTrue(EndpointResolver.secrets(p).contains(key), "endpoint resolver: " + key);

            HttpRequest request = HttpRequest.get("https://llm.example.com/v1/models").header("X-Upstream", key).build();
            assertTrue(Headers.secretsOf(request).contains(key), "request secrets: " + key);
            assertFalse(request.headers().get(0).toString().contains(key), "header: " + key);
            assertFalse(new NameValue("X-Upstream", key).toString().contains(key), "extra header: " + key);
        }
    }

    @Test
    void everyOwnedPrefixIsAKeyPrefixSoTheRedactorMasksOwnedKeys() {
        for (KeyOwner owner : SecretPatterns.owners()) {
            String key = owner.prefix() + "Ab3dEf6hI0Kl";
            assertTrue(SecretPatterns.hasKeyPrefix(key), owner.name());
            assertEquals(owner, SecretPatterns.ownerOf(key));
            assertFalse(Redactor.redact("echo " + key, null).contains(key), owner.name());
        }
    }

    @Test
    void theMostSpecificOwnerWinsAndSharedPrefixesNameNobody() {
        assertEquals("OpenRouter", SecretPatterns.ownerOf("sk-or-v1-abc").name());
        assertEquals("OpenAI", SecretPatterns.ownerOf("sk-proj-abc").name());
        assertNull(SecretPatterns.ownerOf("sk-abc"), "plain sk- keys are issued by many providers");
        assertNull(SecretPatterns.ownerOf("r8_abc"));
        assertNull(SecretPatterns.ownerOf(null));
    }

    @Test
    void keyPrefixesAreCaseSensitiveAndNeedAWordStartInText() {
        assertFalse(SecretPatterns.hasKeyPrefix("SK-Ab3dEf6hI"));
        assertFalse(SecretPatterns.hasKeyPrefix("aiza-Ab3dEf6hI"));
        assertEquals("ask-Ab3dEf6hI", Redactor.redact("ask-Ab3dEf6hI", null), "inside a word it is not a key");
        assertEquals("sk-learn", Redactor.redact("sk-learn", null), "too short after the prefix");
    }

    @Test
    void sensitiveHeaderValuesPrintAsBlocksLikeOkHttp() {
        String[][] hidden = {
            {"Authorization", "Bearer abc.def"}, {"authorization", "Basic dXNlcjpwYXNz"},
            {"Proxy-Authorization", "Basic eA=="}, {"api-key", "0123abcd"}, {"X-Api-Key", "0123abcd"},
            {"Cookie", "sid=1"}, {"Set-Cookie", "sid=1; HttpOnly"}, {"X-Goog-Api-Key", "AIza0"},
            {"X-Upstream", "Bearer 42"},
        };
        for (String[] h : hidden) {
            assertEquals(h[0] + ": \u2588\u2588", new Header(h[0], h[1]).toString());
        }
        assertEquals("Content-Type: application/json", new Header("Content-Type", "application/json").toString());
        assertEquals("X-Title: ModelDeck", new Header("X-Title", "ModelDeck").toString());
        assertEquals("api-version=2024-10-21", new NameValue("api-version", "2024-10-21").toString());
        assertEquals("key=\u2588\u2588", new NameValue("key", "AIzaSy0123").toString());
    }

    @Test
    void requestsAndUrlsPrintWithoutTheirCredentials() {
        HttpRequest r = HttpRequest.post("https://example.com/v1beta/openai/chat/completions?key=AIzaSySecret0123", "{\"q\":1}")
            .header("Authorization", "Bearer sk-live-0123456789abcdef").build();
        assertEquals("POST https://example.com/v1beta/openai/chat/completions", r.toString());

        UrlParts u = UrlParts.parse("https://me:hunter2@llm.example.com:8443/v1?token=t0k3n#frag");
        assertEquals("https://llm.example.com:8443/v1", u.toString());
    }
}
