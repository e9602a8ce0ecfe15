package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringTest {

    @Test
    void unreservedCharactersStayAsTheyAre() {
        assertEquals("AZaz09-._~", QueryString.encode("AZaz09-._~"));
    }

    @Test
    void reservedCharactersAndSpacesAreEncoded() {
        assertEquals("a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh%25", QueryString.encode("a b&c=d/e?f#g+h%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"é", "日本語", "emoji 😀 here", "mixed ä&ö=ü", "\u0000\u007f"})
    void multibyteTextIsUtf8EncodedLikeTheJdk(String s) {
        String jdk = URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        assertEquals(jdk, QueryString.encode(s));
    }

    @Test
    void loneSurrogateBecomesReplacementCharacter() {
        assertEquals("%EF%BF%BD", QueryString.encode("\ud800"));
    }

    @Test
    void mergeKeepsBaseQueryAndAppendsExtras() {
        assertEquals("a=1&b=x%20y", QueryString.merge("a=1", Arrays.asList(new NameValue("b", "x y"))));
    }

    @Test
    void extraParameterReplacesSameNameFromBase() {
        assertEquals("keep=1&api-version=2025-01-01",
            QueryString.merge("api-version=2024-02-01&keep=1&api-version=old",
                Arrays.asList(new NameValue("api-version", "2025-01-01"))));
    }

    @Test
    void emptyPiecesAndBlankNamesAreSkipped() {
        assertEquals("a=1", QueryString.merge("&&a=1&", Arrays.asList(new NameValue("  ", "x"))));
        assertNull(QueryString.merge(null, Collections.emptyList()));
        assertNull(QueryString.merge("", null));
    }
}
