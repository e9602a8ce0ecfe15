package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.NetException.Kind;
import dev.modeldeck.testsupport.Fixtures;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {
    private static final long NOW = 1_712_074_976_000L; // Tue, 02 Apr 2024 16:22:56 GMT
    private static final List<String> NONE = Collections.emptyList();
    private static final List<Header> NO_HEADERS = Collections.emptyList();

    private static NetException fixture(int status, String name) {
        return ErrorClassifier.classify(status, recordedHeaders(name), Fixtures.text("errors/" + name + ".json"), NONE, NOW);
    }

    /** The headers recorded beside errors/NAME.json, if any. */
    private static List<Header> recordedHeaders(String name) {
        String path = "errors/" + name + ".headers";
        return Fixtures.exists(path) ? Fixtures.headers(path) : NO_HEADERS;
    }

    @Test
    void openAi401IsAuthWithProviderCodeAndMessage() {
        NetException e = fixture(401, "openai-401");
        assertEquals(Kind.AUTH, e.kind());
        assertEquals(401, e.status());
        assertEquals("invalid_api_key", e.providerCode());
        assertTrue(e.providerMessage().startsWith("Incorrect API key provided"), e.providerMessage());
        assertTrue(e.getMessage().contains("rejected the API key"), e.getMessage());
        assertTrue(e.getMessage().contains("Check that the key"), e.getMessage());
    }

    @Test
    void azure401ReadsCodeMessageAndApimRequestId() {
        NetException e = fixture(401, "azure-401");
        assertEquals(Kind.AUTH, e.kind());
        assertEquals("401", e.providerCode());
        assertEquals("REDACTED", e.requestId());
        assertTrue(e.providerMessage().startsWith("Access denied due to invalid subscription key"));
    }

    @Test
    void mistral401ReadsTopLevelMessageAndRequestId() {
        NetException e = fixture(401, "mistral-401");
        assertEquals(Kind.AUTH, e.kind());
        assertEquals("Unauthorized", e.providerMessage());
        assertEquals("933f233947ff6d346065bb297e4a4d56", e.requestId());
    }

    @Test
    void ollamaEmpty403IsPermissionWithOriginFix() {
        NetException e = fixture(403, "ollama-403");
        assertEquals(Kind.PERMISSION, e.kind());
        assertTrue(e.getMessage().contains("OLLAMA_ORIGINS=chrome-extension://*"), e.getMessage());
        assertTrue(e.getMessage().contains("Origin"), e.getMessage());
        assertNull(e.providerMessage());
    }

    @Test
    void forbiddenThatNamesTheKeyIsAuth() {
        NetException e = ErrorClassifier.classify(403, NO_HEADERS,
                "{\"error\":{\"message\":\"Invalid API key for this project\"}}", NONE, NOW);
        assertEquals(Kind.AUTH, e.kind());
    }

    @Test
    void forbiddenForARegionIsPermission() {
        NetException e = ErrorClassifier.classify(403, NO_HEADERS,
                "{\"error\":{\"message\":\"Country, region, or territory not supported\",\"code\":\"unsupported_country_region_territory\"}}",
                NONE, NOW);
        assertEquals(Kind.PERMISSION, e.kind());
        assertTrue(e.getMessage().contains("Country, region"));
    }

    @Test
    void openAi404ModelNotFoundSaysModel() {
        NetException e = fixture(404, "openai-404");
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals("model_not_found", e.providerCode());
        assertTrue(e.getMessage().contains("model was not found"), e.getMessage());
    }

    @Test
    void plain404PointsAtTheBaseUrl() {
        NetException e = ErrorClassifier.classify(404, NO_HEADERS, "404 page not found", NONE, NOW);
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains("/v1"), e.getMessage());
        assertEquals("404 page not found", e.providerMessage());
    }

    @Test
    void modelDoesNotExistIn400IsNotFound() {
        NetException e = ErrorClassifier.classify(400, NO_HEADERS,
                "{\"error\":{\"message\":\"The model `gpt-9` does not exist or you do not have access to it.\"}}", NONE, NOW);
        assertEquals(Kind.NOT_FOUND, e.kind());
    }

    @Test
    void contextLengthExceededIsItsOwnKind() {
        NetException e = fixture(400, "openai-400");
        assertEquals(Kind.CONTEXT_LENGTH, e.kind());
        assertEquals("context_length_exceeded", e.providerCode());
        assertTrue(e.getMessage().contains("context window"), e.getMessage());
        assertFalse(e.isTransient());
    }

    @Test
    void unsupportedParameterIsBadRequestNamingTheParameter() {
        NetException e = fixture(400, "openai-400-unsupported_parameter");
        assertEquals(Kind.BAD_REQUEST, e.kind());
        assertEquals("unsupported_parameter", e.providerCode());
        assertTrue(e.getMessage().contains("'max_tokens'"), e.getMessage());
        assertTrue(e.getMessage().contains("max_completion_tokens"), e.getMessage());
    }

    @Test
    void insufficientQuota429IsQuotaAndNotTransient() {
        NetException e = fixture(429, "openai-429-insufficient_quota");
        assertEquals(Kind.QUOTA, e.kind());
        assertFalse(e.isTransient());
        assertEquals(-1, e.retryAfterMs());
        assertTrue(e.getMessage().contains("billing"), e.getMessage());
    }

    @Test
    void groq429IsRateLimitedWithWaitFromItsMessage() {
        NetException e = fixture(429, "groq-429");
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals("rate_limit_exceeded", e.providerCode());
        assertEquals(293, e.retryAfterMs());
        assertTrue(e.isTransient());
    }

    @Test
    void rateLimitRetryAfterHeaderWinsOverMessage() {
        NetException e = ErrorClassifier.classify(429, Arrays.asList(new Header("Retry-After", "7")),
                Fixtures.text("errors/groq-429.json"), NONE, NOW);
        assertEquals(7000, e.retryAfterMs());
        assertTrue(e.getMessage().contains("Try again in 7 s"), e.getMessage());
    }

    @Test
    void providerMessageIsTrimmedToAboutThreeHundredCharacters() {
        NetException e = fixture(429, "groq-429");
        assertTrue(e.providerMessage().length() <= ErrorClassifier.MAX_PROVIDER_MESSAGE, e.providerMessage());
        assertTrue(e.providerMessage().endsWith("…"));
    }

    @Test
    void llamaCpp503LoadingSaysTheModelIsLoading() {
        NetException e = fixture(503, "llamacpp-503");
        assertEquals(Kind.SERVER, e.kind());
        assertEquals("503", e.providerCode());
        assertTrue(e.getMessage().contains("still loading"), e.getMessage());
    }

    @Test
    void ollamaStringErrorShapeIsRead() {
        NetException e = fixture(500, "ollama-error-shape");
        assertEquals(Kind.SERVER, e.kind());
        assertEquals("the model failed to generate a response", e.providerMessage());
    }

    @Test
    void htmlErrorPageBecomesATextSnippet() {
        String html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style>"
                + "<script>var x = 1;</script></head><body><h1>Bad Gateway</h1><p>The upstream &amp; proxy failed.</p></body></html>";
        NetException e = ErrorClassifier.classify(502, NO_HEADERS, html, NONE, NOW);
        assertEquals(Kind.SERVER, e.kind());
        assertEquals("502 Bad Gateway Bad Gateway The upstream & proxy failed.", e.providerMessage());
        assertTrue(e.getMessage().contains("web page"), e.getMessage());
        assertFalse(e.getMessage().contains("<"), e.getMessage());
    }

    @Test
    void emptyBodyGivesStatusOnlyMessage() {
        NetException e = ErrorClassifier.classify(500, NO_HEADERS, "", NONE, NOW);
        assertEquals(Kind.SERVER, e.kind());
        assertNull(e.providerMessage());
        assertFalse(e.getMessage().contains("said"), e.getMessage());
    }

    @Test
    void timeoutAndConflictStatusesAreTransient() {
        assertTrue(ErrorClassifier.classify(408, NO_HEADERS, "", NONE, NOW).isTransient());
        assertTrue(ErrorClassifier.classify(409, NO_HEADERS, "", NONE, NOW).isTransient());
    }

    @Test
    void paymentRequiredIsQuota() {
        assertEquals(Kind.QUOTA, ErrorClassifier.classify(402, NO_HEADERS,
                "{\"error\":{\"message\":\"Insufficient credits\",\"code\":402}}", NONE, NOW).kind());
    }

    @Test
    void requestIdHeadersAreReadInOrder() {
        List<Header> h = Arrays.asList(new Header("cf-ray", "8abc-SJC"), new Header("x-request-id", "req_123"));
        assertEquals("req_123", ErrorClassifier.classify(500, h, "", NONE, NOW).requestId());
        assertEquals("8abc-SJC", ErrorClassifier.classify(500, h.subList(0, 1), "", NONE, NOW).requestId());
        assertEquals("r-9", ErrorClassifier.classify(500, Arrays.asList(new Header("Request-Id", "r-9")), "", NONE, NOW).requestId());
    }

    @Test
    void fastApiDetailShapeIsRead() {
        NetException e = ErrorClassifier.classify(400, NO_HEADERS, "{\"detail\":\"temperature must be <= 2\"}", NONE, NOW);
        assertEquals("temperature must be <= 2", e.providerMessage());
    }

    @Test
    void everyErrorFixtureIsClassifiedWithoutLeakingAPlantedKey() {
        String key = "sk-proj-PLANTEDkey0123456789abcdefXYZ";
        String custom = "my-local-secret-42";
        File dir = Fixtures.path("errors").toFile();
        String[] names = dir.list();
        assertTrue(names != null && names.length >= 11);
        int checked = 0;
        for (String n : names) {
            if (!n.endsWith(".json")) {
                continue;
            }
            String base = n.substring(0, n.length() - 5);
            String body = Fixtures.text("errors/" + n);
            List<Header> headers = new ArrayList<>(recordedHeaders(base));
            headers.add(new Header("x-request-id", "echo " + key));
            String planted = plant(body, "Key " + key + " / " + custom + " rejected");
            assertTrue(planted.contains(key), base);
            for (int status : new int[] {400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 529}) {
                for (List<String> secrets : Arrays.asList(Arrays.asList(key, custom), Collections.<String>emptyList())) {
                    NetException e = ErrorClassifier.classify(status, headers, planted, secrets, NOW);
                    if (status != 403 || !body.trim().isEmpty()) {
                        // The planted text did reach the message, masked.
                        assertTrue(e.getMessage().contains("Key [redacted]"), e.getMessage());
                    }
                    assertNoLeak(e, key);
                    if (!secrets.isEmpty()) {
                        assertNoLeak(e, custom);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 200, "checked " + checked);
    }

    private static void assertNoLeak(NetException e, String secret) {
        String middle = secret.substring(4, secret.length() - 4);
        String[] outputs = {e.getMessage(), e.providerMessage(), e.providerCode(), e.requestId(), e.toString()};
        for (String o : outputs) {
            if (o != null) {
                assertFalse(o.contains(middle), "leaked in: " + o);
            }
        }
    }

    /** Puts text where the provider's message is, or appends it when the body has no message. */
    private static String plant(String body, String text) {
        int at = body.indexOf("\"message\"");
        if (at >= 0) {
            int q = body.indexOf('"', body.indexOf(':', at) + 1);
            return body.substring(0, q + 1) + text + " " + body.substring(q + 1);
        }
        int err = body.indexOf("\"error\"");
        if (err >= 0) {
            int q = body.indexOf('"', body.indexOf(':', err) + 1);
            return body.substring(0, q + 1) + text + " " + body.substring(q + 1);
        }
        return body + text;
    }
}
