package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.NetException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Settings that reach a request without the form (edited storage, other builds) still never leak or misuse the key. */
class UnsafeAuthRefusalTest {
    private static final String KEY = "sk-unsafe-0123456789abcdef";

    private static ProviderConfig remoteHttp() {
        ProviderConfig p = new ProviderConfig("p-1", "Plain remote", "http://llm.example.com/v1");
        p.apiKey = KEY;
        return p;
    }

    private static ProviderConfig stored(String json) throws Exception {
        return ProviderConfig.fromJson(JsonParser.parse(json));
    }

    private static void assertRefusedEverywhere(ProviderConfig p, String mustMention) {
        for (int i = 0; i < 3; i++) {
            final int path = i;
            NetException e = assertThrows(NetException.class, () -> {
                switch (path) {
                    case 0: EndpointResolver.models(p, null); break;
                    case 1: EndpointResolver.chat(p, "{}", true, null); break;
                    default: EndpointResolver.get(p, "models", null); break;
                }
            });
            assertEquals(NetException.Kind.BAD_REQUEST, e.kind());
            assertTrue(e.getMessage().contains(mustMention), e.getMessage());
            assertFalse(e.getMessage().contains(KEY), "the key never appears in the message");
        }
    }

    @Test
    void unconfirmedKeyOverRemoteHttpBuildsNoRequestOnAnyPath() {
        ProviderConfig p = remoteHttp();
        assertRefusedEverywhere(p, InsecureKeyRule.confirmation());
        NetException e = assertThrows(NetException.class, () -> EndpointResolver.models(p, null));
        assertTrue(e.getMessage().startsWith("“Plain remote” would send your API key unencrypted over http://"), e.getMessage());
        assertTrue(e.getMessage().contains("https://"), "names the other fix: " + e.getMessage());
    }

    @Test
    void unnamedProviderGetsTheSameRefusalWithoutAName() {
        ProviderConfig p = remoteHttp();
        p.name = " ";
        NetException e = assertThrows(NetException.class, () -> EndpointResolver.models(p, null));
        assertTrue(e.getMessage().startsWith("This provider would send your API key unencrypted"), e.getMessage());
    }

    @Test
    void confirmedKeyOverRemoteHttpIsSent() throws Exception {
        ProviderConfig p = remoteHttp();
        p.allowInsecureKey = true;
        HttpRequest r = EndpointResolver.models(p, null);
        assertEquals("Bearer " + KEY, r.header("Authorization"));
    }

    @Test
    void localHttpHttpsAndKeylessProvidersNeedNoConfirmation() throws Exception {
        ProviderConfig local = remoteHttp();
        local.baseUrl = "http://127.0.0.1:8000/v1";
        assertEquals("Bearer " + KEY, EndpointResolver.models(local, null).header("Authorization"));
        ProviderConfig https = remoteHttp();
        https.baseUrl = "https://llm.example.com/v1";
        assertEquals("Bearer " + KEY, EndpointResolver.chat(https, "{}", null).header("Authorization"));
        ProviderConfig keyless = remoteHttp();
        keyless.apiKey = "";
        assertNull(EndpointResolver.models(keyless, null).header("Authorization"));
    }

    @Test
    void unknownAuthStyleIsKeptAsStoredButNeverSentAsBearer() throws Exception {
        ProviderConfig p = stored("{\"id\":\"p-9\",\"name\":\"Odd\",\"baseUrl\":\"https://llm.example.com/v1\","
            + "\"auth\":\"hmac-v2\",\"apiKey\":\"" + KEY + "\"}");
        assertEquals("hmac-v2", p.unknownAuth);
        assertEquals("hmac-v2", p.toJson(false).get("auth").str(), "written back as read");
        assertEquals("hmac-v2", p.copy().unknownAuth);
        assertRefusedEverywhere(p, "“hmac-v2”");
        NetException e = assertThrows(NetException.class, () -> EndpointResolver.models(p, null));
        assertTrue(e.getMessage().startsWith("“Odd” has an authentication style ModelDeck doesn't know"), e.getMessage());
    }

    @Test
    void knownAuthStylesReadAsBeforeAndLeaveNoUnknownMark() throws Exception {
        assertNull(stored("{\"id\":\"a\",\"auth\":\"header\"}").unknownAuth);
        assertEquals(AuthStyle.CUSTOM_HEADER, stored("{\"id\":\"a\",\"auth\":\"header\"}").authStyle);
        assertEquals(AuthStyle.BEARER, stored("{\"id\":\"a\"}").authStyle, "absent means Bearer, as always");
        assertNull(stored("{\"id\":\"a\"}").unknownAuth);
        assertNull(AuthStyle.known("Bearer"), "names are exact");
        assertEquals(AuthStyle.NONE, AuthStyle.known("none"));
    }

    @Test
    void unknownAuthStyleIsAValidationErrorOnTheAuthenticationField() throws Exception {
        ProviderConfig p = stored("{\"id\":\"p-9\",\"name\":\"Odd\",\"baseUrl\":\"https://llm.example.com/v1\",\"auth\":\"Bearer \"}");
        ValidationResult v = ProviderValidation.validate(p, Collections.<ProviderConfig>emptyList());
        String m = v.firstError(ProviderValidation.AUTH);
        assertNotNull(m);
        assertTrue(m.contains("“Bearer ”") && m.contains("Choose Bearer token, Custom header or None"), m);
        p.unknownAuth = null; // what the form does once the user picks a style
        assertNull(ProviderValidation.validate(p, Collections.<ProviderConfig>emptyList()).firstError(ProviderValidation.AUTH));
    }
}
