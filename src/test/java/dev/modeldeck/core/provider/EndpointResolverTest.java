package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.net.Redactor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointResolverTest {
    private static final String KEY = "sk-test-0123456789abcdef";

    /** A provider made from a preset, placeholders filled, with the given auth style and a key. */
    private static ProviderConfig fromPreset(Preset preset, AuthStyle style) {
        ProviderConfig p = preset.newConfig("p-1", new ArrayList<>());
        if (preset == Presets.CUSTOM) {
            p.baseUrl = "https://llm.example.com/v1";
        } else {
            Map<String, String> values = new HashMap<>();
            for (String name : preset.placeholders()) {
                values.put(name, "contoso");
            }
            p.baseUrl = preset.baseUrlFilled(values);
        }
        p.authStyle = style;
        if (style == AuthStyle.CUSTOM_HEADER && p.headerName.isEmpty()) {
            p.headerName = "x-api-key";
        }
        p.apiKey = KEY;
        return p;
    }

    static Stream<Arguments> everyPresetTimesEveryAuthStyle() {
        List<Arguments> out = new ArrayList<>();
        for (Preset preset : Presets.all()) {
            for (AuthStyle style : AuthStyle.values()) {
                out.add(Arguments.of(preset, style));
            }
        }
        return out.stream();
    }

    private static int count(HttpRequest r, String name) {
        int n = 0;
        for (Header h : r.headers()) {
            if (h.name().equalsIgnoreCase(name)) {
                n++;
            }
        }
        return n;
    }

    private static int headersCarrying(HttpRequest r, String secret) {
        int n = 0;
        for (Header h : r.headers()) {
            if (h.value().contains(secret)) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyPresetTimesEveryAuthStyle")
    void chatAndModelsShareUrlBaseAuthAndHeaders(Preset preset, AuthStyle style) throws NetException {
        ProviderConfig p = fromPreset(preset, style);
        Cancellation c = new Cancellation();
        HttpRequest models = EndpointResolver.models(p, c);
        HttpRequest chat = EndpointResolver.chat(p, "{\"model\":\"m\"}", true, c);

        String base = BaseUrlCheck.check(p.baseUrl).normalized();
        String basePath = base.indexOf('?') < 0 ? base : base.substring(0, base.indexOf('?'));
        assertEquals("GET", models.method());
        assertEquals("POST", chat.method());
        assertTrue(models.url().startsWith(basePath + "/models"), models.url());
        assertTrue(chat.url().startsWith(basePath + "/chat/completions"), chat.url());
        assertEquals(query(models.url()), query(chat.url()), "same query on both endpoints");
        assertEquals("{\"model\":\"m\"}", chat.body());
        assertEquals("application/json", chat.header("Content-Type"));
        assertEquals("text/event-stream", chat.header("Accept"));
        assertEquals("application/json", models.header("Accept"));
        assertSame(c, chat.cancellation());

        switch (style) {
            case BEARER:
                assertEquals("Bearer " + KEY, chat.header("Authorization"));
                assertEquals("Bearer " + KEY, models.header("Authorization"));
                break;
            case CUSTOM_HEADER:
                assertNull(chat.header("Authorization"));
                assertEquals(KEY, chat.header(p.headerName));
                assertEquals(KEY, models.header(p.headerName));
                break;
            default:
                assertEquals(0, headersCarrying(chat, KEY), "auth None must not send the stored key");
                assertEquals(0, headersCarrying(models, KEY));
                break;
        }
        assertEquals(style == AuthStyle.NONE ? 0 : 1, headersCarrying(chat, KEY), "key sent exactly once");
        assertEquals(chat.headersTimeoutMs(), models.headersTimeoutMs());
        assertEquals(preset.local() ? 120_000 : 30_000, chat.headersTimeoutMs());
        assertEquals(60_000, chat.idleTimeoutMs());
        if (!preset.defaultExtraQuery().isEmpty()) {
            assertTrue(chat.url().endsWith("?api-version=2024-10-21"), chat.url());
        }
    }

    private static String query(String url) {
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q);
    }

    @Test
    void azureDeploymentUrlCarriesApiVersionOnEveryRequest() throws NetException {
        ProviderConfig p = fromPreset(Presets.AZURE_DEPLOYMENT, AuthStyle.CUSTOM_HEADER);
        assertEquals("https://contoso.openai.azure.com/openai/deployments/contoso/chat/completions?api-version=2024-10-21",
            EndpointResolver.chat(p, "{}", null).url());
        assertEquals(KEY, EndpointResolver.chat(p, "{}", null).header("api-key"));
    }

    @Test
    void extraQueryMergesWithBaseQueryAndWinsOnSameName() throws NetException {
        ProviderConfig p = new ProviderConfig("p", "Azure", "https://r.openai.azure.com/openai/deployments/d?api-version=2023-05-15&foo=bar");
        p.extraQuery.add(new NameValue("api-version", "2024-10-21"));
        p.extraQuery.add(new NameValue("note", "a b&c"));
        assertEquals("https://r.openai.azure.com/openai/deployments/d/models?foo=bar&api-version=2024-10-21&note=a%20b%26c",
            EndpointResolver.url(p, "models"));
    }

    @Test
    void baseQueryAloneIsKept() throws NetException {
        ProviderConfig p = new ProviderConfig("p", "X", "https://h.example/v1?tenant=7");
        assertEquals("https://h.example/v1/chat/completions?tenant=7", EndpointResolver.url(p, "/chat/completions"));
    }

    @Test
    void urlUsesTheNormalizedBase() throws NetException {
        ProviderConfig p = new ProviderConfig("p", "Ollama", "  http://localhost:11434/v1/chat/completions/ ");
        assertEquals("http://localhost:11434/v1/models", EndpointResolver.url(p, "models"));
        assertEquals("http://localhost:11434/v1", EndpointResolver.url(p, ""));
    }

    @Test
    void unusableBaseUrlFailsWithATypedMessageThatLeaksNothing() {
        ProviderConfig p = new ProviderConfig("p", "Home", "https://me:hunter2@llm.example.com/v1");
        NetException e = assertThrows(NetException.class, () -> EndpointResolver.models(p, null));
        assertEquals(NetException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("Home"));
        assertFalse(e.getMessage().contains("hunter2"));

        ProviderConfig noScheme = new ProviderConfig("p", "X", "api.openai.com/v1");
        assertThrows(NetException.class, () -> EndpointResolver.url(noScheme, "models"));
    }

    @Test
    void extraHeaderCannotDuplicateTheBearerHeader() throws NetException {
        ProviderConfig p = fromPreset(Presets.OPENAI, AuthStyle.BEARER);
        p.extraHeaders.add(new NameValue("authorization", "Bearer someone-else"));
        HttpRequest r = EndpointResolver.chat(p, "{}", null);
        assertEquals(1, count(r, "Authorization"));
        assertEquals("Bearer " + KEY, r.header("Authorization"));
    }

    @Test
    void extraHeaderCannotDuplicateTheCustomAuthHeader() throws NetException {
        ProviderConfig p = fromPreset(Presets.AZURE, AuthStyle.CUSTOM_HEADER);
        p.extraHeaders.add(new NameValue("API-KEY", "other"));
        HttpRequest r = EndpointResolver.models(p, null);
        assertEquals(1, count(r, "api-key"));
        assertEquals(KEY, r.header("api-key"));
    }

    @Test
    void withAuthNoneAnExtraAuthorizationHeaderIsTheUsersOwnChoice() throws NetException {
        ProviderConfig p = fromPreset(Presets.CUSTOM, AuthStyle.NONE);
        p.extraHeaders.add(new NameValue("Authorization", "Basic dXNlcjpwdw=="));
        assertEquals("Basic dXNlcjpwdw==", EndpointResolver.models(p, null).header("Authorization"));
    }

    @Test
    void extraHeadersCannotOverrideContentType() throws NetException {
        ProviderConfig p = fromPreset(Presets.CUSTOM, AuthStyle.BEARER);
        p.extraHeaders.add(new NameValue("Content-Type", "text/plain"));
        assertEquals("application/json", EndpointResolver.chat(p, "{}", null).header("Content-Type"));
    }

    @Test
    void extraHeadersAreSentOnEveryRequest() throws NetException {
        ProviderConfig p = fromPreset(Presets.CUSTOM, AuthStyle.BEARER);
        p.extraHeaders.add(new NameValue("X-Tenant", "blue"));
        p.extraHeaders.add(new NameValue(" ", "ignored"));
        assertEquals("blue", EndpointResolver.models(p, null).header("X-Tenant"));
        assertEquals("blue", EndpointResolver.chat(p, "{}", true, null).header("X-Tenant"));
    }

    @Test
    void emptyKeySendsNoAuthHeaderAtAll() throws NetException {
        ProviderConfig p = fromPreset(Presets.OPENAI, AuthStyle.BEARER);
        p.apiKey = "   ";
        assertNull(EndpointResolver.chat(p, "{}", null).header("Authorization"));
        assertNull(EndpointResolver.authHeaderName(p));
    }

    @Test
    void keyIsTrimmedBeforeSending() throws NetException {
        ProviderConfig p = fromPreset(Presets.OPENAI, AuthStyle.BEARER);
        p.apiKey = "  " + KEY + "\n";
        assertEquals("Bearer " + KEY, EndpointResolver.chat(p, "{}", null).header("Authorization"));
    }

    @Test
    void customHeaderWithoutNameIsRefusedInsteadOfSendingNoAuth() {
        ProviderConfig p = fromPreset(Presets.CUSTOM, AuthStyle.CUSTOM_HEADER);
        p.headerName = " ";
        NetException e = assertThrows(NetException.class, () -> EndpointResolver.models(p, null));
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void organizationProjectAndOpenRouterAttributionHeaders() throws NetException {
        ProviderConfig p = fromPreset(Presets.OPENROUTER, AuthStyle.BEARER);
        p.organization = "org-1";
        p.project = " proj_2 ";
        p.appReferer = "https://modeldeck.dev";
        p.appTitle = "ModelDeck";
        HttpRequest r = EndpointResolver.chat(p, "{}", null);
        assertEquals("org-1", r.header("OpenAI-Organization"));
        assertEquals("proj_2", r.header("OpenAI-Project"));
        assertEquals("https://modeldeck.dev", r.header("HTTP-Referer"));
        assertEquals("ModelDeck", r.header("X-Title"));
    }

    @Test
    void blankOptionalHeadersAreNotSent() throws NetException {
        ProviderConfig p = fromPreset(Presets.OPENAI, AuthStyle.BEARER);
        p.organization = " ";
        HttpRequest r = EndpointResolver.models(p, null);
        assertNull(r.header("OpenAI-Organization"));
        assertNull(r.header("OpenAI-Project"));
        assertNull(r.header("HTTP-Referer"));
        assertNull(r.header("X-Title"));
    }

    @Test
    void nonStreamingChatAcceptsJson() throws NetException {
        assertEquals("application/json",
            EndpointResolver.chat(fromPreset(Presets.GROQ, AuthStyle.BEARER), "{}", null).header("Accept"));
    }

    @Test
    void providerTimeoutsOverrideDefaults() throws NetException {
        ProviderConfig p = fromPreset(Presets.OLLAMA, AuthStyle.NONE);
        p.timeoutMs = 5_000L;
        p.idleTimeoutMs = 7_000L;
        HttpRequest r = EndpointResolver.chat(p, "{}", true, null);
        assertEquals(5_000, r.headersTimeoutMs());
        assertEquals(7_000, r.idleTimeoutMs());
    }

    @Test
    void customProviderOnLocalHostGetsTheLongLocalTimeout() {
        ProviderConfig lan = new ProviderConfig("p", "Box", "http://192.168.1.50:5000/v1");
        ProviderConfig cloud = new ProviderConfig("p", "Cloud", "https://llm.example.com/v1");
        assertEquals(EndpointResolver.LOCAL_HEADERS_TIMEOUT_MS, EndpointResolver.headersTimeoutMs(lan));
        assertEquals(HttpRequest.DEFAULT_HEADERS_TIMEOUT_MS, EndpointResolver.headersTimeoutMs(cloud));
    }

    @Test
    void secretsListTheKeyAndSecretLookingExtrasLongestFirst() {
        ProviderConfig p = fromPreset(Presets.CUSTOM, AuthStyle.BEARER);
        p.extraHeaders.add(new NameValue("X-Api-Key", "second-key"));
        p.extraHeaders.add(new NameValue("X-Proxy-Auth", "Bearer pxy-token-1"));
        p.extraHeaders.add(new NameValue("X-Trace", "a1b2c3d4e5f6a7b8c9d0e1f2a3"));
        p.extraHeaders.add(new NameValue("X-Tenant", "blue"));
        p.extraHeaders.add(new NameValue("HTTP-Referer-Like", "https://example.com/path/1234567890abcdef"));
        p.extraQuery.add(new NameValue("key", "query-secret"));
        p.extraQuery.add(new NameValue("api-version", "2024-10-21"));
        List<String> s = EndpointResolver.secrets(p);
        assertTrue(s.contains(KEY));
        assertTrue(s.contains("second-key"));
        assertTrue(s.contains("Bearer pxy-token-1"));
        assertTrue(s.contains("pxy-token-1"));
        assertTrue(s.contains("a1b2c3d4e5f6a7b8c9d0e1f2a3"));
        assertTrue(s.contains("query-secret"));
        assertFalse(s.contains("blue"));
        assertFalse(s.contains("2024-10-21"));
        assertFalse(s.contains("https://example.com/path/1234567890abcdef"));
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.get(i - 1).length() >= s.get(i).length(), s.toString());
        }
        String redacted = Redactor.redact("sent Bearer pxy-token-1 and " + KEY, s);
        assertFalse(redacted.contains("pxy-token-1"));
        assertFalse(redacted.contains(KEY));
    }

    @Test
    void secretsIncludeTheKeyEvenWhenAuthIsNoneAndBothRawAndTrimmedForms() {
        ProviderConfig p = fromPreset(Presets.OLLAMA, AuthStyle.NONE);
        p.apiKey = " " + KEY + " ";
        List<String> s = EndpointResolver.secrets(p);
        assertTrue(s.contains(KEY));
        assertTrue(s.contains(" " + KEY + " "));
    }

    @Test
    void noSecretsWhenNothingIsSecret() {
        ProviderConfig p = new ProviderConfig("p", "X", "http://localhost:1234/v1");
        p.authStyle = AuthStyle.NONE;
        assertTrue(EndpointResolver.secrets(p).isEmpty());
    }
}
