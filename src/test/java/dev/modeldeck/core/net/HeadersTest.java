package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadersTest {
    @Test
    void rawBlockWithStatusLineAndCrlfParses() {
        List<Header> h = Headers.parseBlock("HTTP/1.1 403 Forbidden\r\nDate: Fri, 09 Feb 2024 09:15:22 GMT\r\nContent-Length: 0\r\n\r\n");
        assertEquals(2, h.size());
        assertEquals("Fri, 09 Feb 2024 09:15:22 GMT", Headers.get(h, "date"));
        assertEquals("0", Headers.get(h, "CONTENT-LENGTH"));
    }

    @Test
    void azureFixtureHeadersParse() {
        List<Header> h = Fixtures.headers("errors/azure-401.headers");
        assertEquals("REDACTED", Headers.get(h, "Apim-Request-Id"));
        assertEquals("application/json", Headers.get(h, "content-type"));
    }

    @Test
    void firstSkipsBlankValues() {
        List<Header> h = Headers.parseBlock("a: \nb: 2\n");
        assertEquals("2", Headers.first(h, "a", "b"));
        assertNull(Headers.first(h, "c"));
    }

    @Test
    void secretsOfRequestCoverAuthorizationAndKeyHeaders() {
        HttpRequest r = HttpRequest.post("https://x/v1/chat/completions", "{}")
                .header("Authorization", "Bearer sk-abc12345")
                .header("api-key", "azurekey99")
                .header("X-Title", "ModelDeck").build();
        List<String> s = Headers.secretsOf(r);
        assertTrue(s.contains("sk-abc12345"));
        assertTrue(s.contains("azurekey99"));
        assertFalse(s.contains("ModelDeck"));
        assertFalse(s.contains("application/json"));
    }
}
