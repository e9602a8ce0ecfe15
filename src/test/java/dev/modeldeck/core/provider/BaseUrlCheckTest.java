package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.provider.UrlProblem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlCheckTest {

    private static UrlProblem only(BaseUrlCheck.Result r, Code code) {
        UrlProblem p = r.find(code);
        assertNotNull(p, "expected " + code + " in " + r.problems());
        return p;
    }

    @Test
    void cleanUrlPassesWithoutAnyProblem() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("https://api.openai.com/v1");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals("https://api.openai.com/v1", r.normalized());
        assertTrue(r.canSave());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void emptyInputIsAnError(String input) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(input);
        assertFalse(r.canSave());
        assertEquals(Severity.ERROR, only(r, Code.EMPTY).severity());
    }

    @Test
    void nullInputIsAnError() {
        assertFalse(BaseUrlCheck.check(null).canSave());
    }

    @Test
    void surroundingWhitespaceIsTrimmedAndNoted() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("  https://api.groq.com/openai/v1\n");
        assertEquals("https://api.groq.com/openai/v1", r.normalized());
        assertEquals(Severity.INFO, only(r, Code.TRIMMED).severity());
        assertTrue(r.canSave());
    }

    @Test
    void invisibleCopyPasteCharactersAreTrimmed() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("\u00a0\u200bhttps://api.x.ai/v1\ufeff");
        assertEquals("https://api.x.ai/v1", r.normalized());
        assertTrue(r.canSave());
    }

    @Test
    void spaceInsideTheUrlBlocksSaving() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("https://api.open ai.com/v1");
        assertEquals(Severity.ERROR, only(r, Code.SPACE_INSIDE).severity());
    }

    @Test
    void trailingSlashesAreRemoved() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("http://localhost:11434/v1//");
        assertEquals("http://localhost:11434/v1", r.normalized());
        assertEquals(Severity.INFO, only(r, Code.TRAILING_SLASH).severity());
        assertTrue(r.canSave());
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.openai.com/v1/chat/completions, https://api.openai.com/v1, /chat/completions",
        "https://api.openai.com/v1/chat/completions/, https://api.openai.com/v1, /chat/completions",
        "https://api.openai.com/v1/completions, https://api.openai.com/v1, /completions",
        "https://api.openai.com/v1/models, https://api.openai.com/v1, /models",
        "https://api.openai.com/v1/embeddings, https://api.openai.com/v1, /embeddings",
        "https://api.openai.com/v1/responses, https://api.openai.com/v1, /responses",
        "https://API.openai.com/V1/Chat/Completions, https://api.openai.com/V1, /chat/completions",
        "http://127.0.0.1:1234/v1/models?x=1, http://127.0.0.1:1234/v1?x=1, /models",
    })
    void pastedEndpointIsReducedToItsBase(String input, String expected, String endpoint) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(input);
        assertEquals(expected, r.normalized());
        UrlProblem p = only(r, Code.FULL_ENDPOINT);
        assertEquals(Severity.INFO, p.severity());
        assertTrue(p.message().contains(endpoint), p.message());
        assertTrue(r.canSave());
    }

    @Test
    void azureQueryIsKeptWhenEndpointIsStripped() {
        BaseUrlCheck.Result r = BaseUrlCheck.check(
            "https://my-res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21");
        assertEquals("https://my-res.openai.azure.com/openai/deployments/gpt4o?api-version=2024-10-21", r.normalized());
        assertTrue(r.canSave());
    }

    @Test
    void fragmentIsDroppedAndNoted() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("https://api.openai.com/v1#section");
        assertEquals("https://api.openai.com/v1", r.normalized());
        assertEquals(Severity.INFO, only(r, Code.FRAGMENT_REMOVED).severity());
    }

    @Test
    void emptyQueryMarkIsDropped() {
        assertEquals("https://api.openai.com/v1", BaseUrlCheck.check("https://api.openai.com/v1?").normalized());
    }

    @Test
    void schemeAndHostAreLowerCasedButPathIsKept() {
        assertEquals("https://api.example.com/OpenAI/V1", BaseUrlCheck.check("HTTPS://API.Example.COM/OpenAI/V1").normalized());
    }

    @Test
    void defaultPortIsDropped() {
        assertEquals("https://api.example.com/v1", BaseUrlCheck.check("https://api.example.com:443/v1").normalized());
        assertEquals("http://localhost/v1", BaseUrlCheck.check("http://localhost:80/v1").normalized());
    }

    @Test
    void nonDefaultPortIsKept() {
        assertEquals("https://api.example.com:8443/v1", BaseUrlCheck.check("https://api.example.com:8443/v1").normalized());
    }

    @Test
    void missingSchemeOnPublicHostSuggestsHttps() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("api.example.com/v1");
        UrlProblem p = only(r, Code.MISSING_SCHEME);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("https://api.example.com/v1", p.fixUrl());
        assertTrue(p.message().contains("https://"));
        assertFalse(r.canSave());
    }

    @Test
    void missingSchemeOnLocalHostSuggestsHttpAndStillOffersV1() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("localhost:11434");
        UrlProblem p = only(r, Code.MISSING_SCHEME);
        assertEquals("http://localhost:11434", p.fixUrl());
        assertTrue(p.message().startsWith("Add http://"));
        assertEquals("http://localhost:11434/v1", only(r, Code.MISSING_VERSION_PATH).fixUrl());
    }

    @Test
    void missingSchemeOnLanAddressSuggestsHttp() {
        assertEquals("http://192.168.1.20:1234/v1",
            only(BaseUrlCheck.check("192.168.1.20:1234/v1"), Code.MISSING_SCHEME).fixUrl());
    }

    @Test
    void protocolRelativeUrlIsTreatedAsMissingScheme() {
        assertEquals("https://api.openai.com/v1",
            only(BaseUrlCheck.check("//api.openai.com/v1"), Code.MISSING_SCHEME).fixUrl());
    }

    @Test
    void missingSchemeOnIpv6LoopbackSuggestsHttp() {
        assertEquals("http://[::1]:11434/v1", only(BaseUrlCheck.check("[::1]:11434/v1"), Code.MISSING_SCHEME).fixUrl());
    }

    @Test
    void singleSlashAfterSchemeIsOfferedAFix() {
        UrlProblem p = only(BaseUrlCheck.check("https:/api.openai.com/v1"), Code.MALFORMED_SCHEME);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("https://api.openai.com/v1", p.fixUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example.com/v1", "file:///etc/passwd", "javascript:alert(1)",
        "chrome-extension://abcdefghijklmnop/popup.html", "data:text/html,<b>x</b>", "ws://localhost:8080/v1",
        "mailto:someone@example.com"})
    void unsupportedSchemesAreRefused(String input) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(input);
        UrlProblem p = only(r, Code.UNSUPPORTED_SCHEME);
        assertEquals(Severity.ERROR, p.severity());
        assertNull(p.fixUrl());
        assertFalse(r.canSave());
    }

    @Test
    void credentialsInUrlAreRefusedAndNeverKept() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("https://user:s3cret@api.example.com/v1");
        UrlProblem p = only(r, Code.CREDENTIALS);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("https://api.example.com/v1", p.fixUrl());
        assertFalse(p.message().contains("s3cret"));
        assertFalse(r.normalized().contains("s3cret"));
        assertFalse(r.canSave());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://", "https:///v1", "http://:8080/v1", "https://?a=b"})
    void emptyHostIsRefused(String input) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(input);
        assertEquals(Severity.ERROR, only(r, Code.EMPTY_HOST).severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exa!mple.com/v1", "https://[zz::1]/v1", "https://[::1/v1", "https://a..b/v1",
        "https://[::1]x/v1", "https://-bad.example/v1"})
    void invalidHostIsRefused(String input) {
        assertEquals(Severity.ERROR, only(BaseUrlCheck.check(input), Code.BAD_HOST).severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:0/v1", "http://localhost:65536/v1", "http://localhost:12ab/v1",
        "http://localhost:/v1", "http://[::1]:99999/v1"})
    void invalidPortIsRefused(String input) {
        assertEquals(Severity.ERROR, only(BaseUrlCheck.check(input), Code.BAD_PORT).severity());
    }

    @Test
    void ipv6LiteralWithPortIsAccepted() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("http://[::1]:11434/v1");
        assertTrue(r.canSave(), r.problems().toString());
        assertEquals("http://[::1]:11434/v1", r.normalized());
        assertNull(r.find(Code.INSECURE_HTTP));
    }

    @Test
    void ipv6HostIsLowerCased() {
        assertEquals("http://[fe80::abcd]:8000/v1", BaseUrlCheck.check("http://[FE80::ABCD]:8000/v1").normalized());
    }

    @Test
    void azurePlaceholderMustBeFilled() {
        BaseUrlCheck.Result r = BaseUrlCheck.check(Presets.AZURE.baseUrl());
        UrlProblem p = only(r, Code.PLACEHOLDER);
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("{resource}"), p.message());
    }

    @Test
    void placeholderInPathMustBeFilled() {
        UrlProblem p = only(BaseUrlCheck.check("https://res.openai.azure.com/openai/deployments/{deployment}"), Code.PLACEHOLDER);
        assertTrue(p.message().contains("{deployment}"));
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.openai.com, https://api.openai.com/v1",
        "https://api.openai.com/, https://api.openai.com/v1",
        "https://api.groq.com, https://api.groq.com/openai/v1",
        "https://api.groq.com/openai, https://api.groq.com/openai/v1",
        "https://api.together.xyz, https://api.together.xyz/v1",
        "https://api.together.ai, https://api.together.ai/v1",
        "https://api.mistral.ai, https://api.mistral.ai/v1",
        "https://api.x.ai, https://api.x.ai/v1",
        "https://api.cerebras.ai, https://api.cerebras.ai/v1",
        "https://api.fireworks.ai/inference, https://api.fireworks.ai/inference/v1",
        "https://openrouter.ai/api, https://openrouter.ai/api/v1",
        "https://api.deepinfra.com/v1, https://api.deepinfra.com/v1/openai",
        "https://generativelanguage.googleapis.com/v1beta, https://generativelanguage.googleapis.com/v1beta/openai",
        "https://myres.openai.azure.com, https://myres.openai.azure.com/openai/v1",
        "http://localhost:11434, http://localhost:11434/v1",
        "http://127.0.0.1:1234, http://127.0.0.1:1234/v1",
        "http://127.0.0.1:8080, http://127.0.0.1:8080/v1",
        "http://localhost:8000, http://localhost:8000/v1",
        "http://127.0.0.1:1337, http://127.0.0.1:1337/v1",
        "http://[::1]:11434, http://[::1]:11434/v1",
    })
    void knownServersWithoutVersionPathGetAFixNotAForcedChange(String input, String fix) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(input);
        UrlProblem p = only(r, Code.MISSING_VERSION_PATH);
        assertEquals(Severity.FIX, p.severity());
        assertEquals(fix, p.fixUrl());
        assertEquals(BaseUrlCheck.stripTrailingSlashes(input), r.normalized());
        assertTrue(r.canSave());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.deepseek.com", "https://api.perplexity.ai", "http://127.0.0.1:4000",
        "https://api.openai.com/v1", "https://my-proxy.example.com", "http://10.0.0.5:9999",
        "https://api.deepinfra.com/v1/openai"})
    void serversThatWorkAsTypedGetNoVersionHint(String input) {
        assertNull(BaseUrlCheck.check(input).find(Code.MISSING_VERSION_PATH));
    }

    @Test
    void versionFixKeepsTheQuery() {
        assertEquals("https://myres.openai.azure.com/openai/v1?api-version=preview",
            only(BaseUrlCheck.check("https://myres.openai.azure.com/openai?api-version=preview"), Code.MISSING_VERSION_PATH).fixUrl());
    }

    @Test
    void plainHttpToPublicHostWarnsThatTheKeyTravelsInClear() {
        BaseUrlCheck.Result r = BaseUrlCheck.check("http://llm.example.com:8080/v1");
        UrlProblem p = only(r, Code.INSECURE_HTTP);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains("unencrypted"));
        assertEquals("https://llm.example.com:8080/v1", p.fixUrl());
        assertTrue(r.canSave());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:11434/v1", "http://192.168.0.10:1234/v1", "http://10.1.2.3/v1",
        "http://172.20.0.2:8000/v1", "http://nas.local:8080/v1", "http://gpu-box:8000/v1"})
    void plainHttpToLocalHostIsFine(String input) {
        assertNull(BaseUrlCheck.check(input).find(Code.INSECURE_HTTP));
    }

    @Test
    void originDropsPathQueryAndDefaultPort() {
        assertEquals("https://api.openai.com", BaseUrlCheck.origin("https://api.openai.com:443/v1?x=1"));
        assertEquals("http://127.0.0.1:11434", BaseUrlCheck.origin("http://127.0.0.1:11434/v1"));
        assertEquals("http://[::1]:11434", BaseUrlCheck.origin("http://[::1]:11434/v1"));
        assertEquals("https://h.example", BaseUrlCheck.origin("https://user:pw@H.Example/v1"));
    }

    @Test
    void originIsNullForUnusableUrls() {
        assertNull(BaseUrlCheck.origin("api.openai.com/v1"));
        assertNull(BaseUrlCheck.origin("ftp://x.example/"));
        assertNull(BaseUrlCheck.origin("https:///v1"));
        assertNull(BaseUrlCheck.origin(null));
    }

    @Test
    void permissionPatternHasNoPortBecauseChromeIgnoresPorts() {
        assertEquals("http://127.0.0.1/*", BaseUrlCheck.permissionPattern("http://127.0.0.1:11434/v1"));
        assertEquals("https://api.openai.com/*", BaseUrlCheck.permissionPattern(" https://api.openai.com/v1/ "));
        assertEquals("http://[::1]/*", BaseUrlCheck.permissionPattern("http://[::1]:1234/v1"));
        assertEquals("https://myres.openai.azure.com/*",
            BaseUrlCheck.permissionPattern("https://myres.openai.azure.com/openai/v1?api-version=x"));
        assertNull(BaseUrlCheck.permissionPattern("javascript:alert(1)"));
    }
}
