package dev.modeldeck.core.json;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modeldeck.testsupport.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {
    static final ObjectMapper JACKSON = new ObjectMapper();

    static Stream<Path> jsonFixtures() throws IOException {
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("jsonFixtures")
    void everyFixtureParsesLikeJackson(Path file) throws Exception {
        String text = Files.readString(file);
        if (text.isBlank()) {
            assertThrows(JsonException.class, () -> JsonParser.parse(text));
            return;
        }
        Json ours = JsonParser.parse(text);
        JsonNode theirs = JACKSON.readTree(text);
        assertSameTree(theirs, ours, file.toString());
        // Writing and re-reading gives the same tree.
        assertSameTree(theirs, JsonParser.parse(JsonWriter.write(ours)), file + " (round trip)");
    }

    static void assertSameTree(JsonNode expected, Json actual, String where) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), where);
            assertEquals(expected.size(), actual.size(), where);
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                assertSameTree(e.getValue(), actual.get(e.getKey()), where + "." + e.getKey());
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), where);
            assertEquals(expected.size(), actual.size(), where);
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(expected.get(i), actual.at(i), where + "[" + i + "]");
            }
        } else if (expected.isTextual()) {
            assertEquals(expected.textValue(), actual.str(), where);
        } else if (expected.isNumber()) {
            assertEquals(expected.doubleValue(), actual.num(), 1e-9, where);
        } else if (expected.isBoolean()) {
            assertEquals(expected.booleanValue(), actual.bool(), where);
        } else {
            assertTrue(actual.isNull(), where);
        }
    }

    @Test
    void escapesAndUnicodeSurviveARoundTrip() throws Exception {
        String src = "{\"a\":\"line\\nbreak \\\"q\\\" \\u00e9 \\ud83d\\ude00 \\u2028\",\"n\":-1.5e3,\"big\":12345678901234567890}";
        Json j = JsonParser.parse(src);
        assertEquals("line\nbreak \"q\" é 😀 \u2028", j.get("a").str());
        assertEquals(-1500.0, j.get("n").num());
        String out = JsonWriter.write(j);
        assertTrue(out.contains("12345678901234567890"), "large integer literal kept: " + out);
        assertTrue(out.contains("\\u2028"), "U+2028 escaped: " + out);
        assertEquals(JACKSON.readTree(src).get("a").textValue(), JACKSON.readTree(out).get("a").textValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\":}", "{'a':1}", "01", "1.", "-", "tru", "\"abc", "\"\\x\"", "[1] 2", "{\"a\" 1}", "\"a\u0001\""})
    void malformedTextIsRejected(String text) {
        assertThrows(JsonException.class, () -> JsonParser.parse(text));
    }

    @Test
    void deepNestingIsBoundedInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonException e = assertThrows(JsonException.class, () -> JsonParser.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper"));
    }

    @Test
    void tolerantAccessorsNeverThrow() throws Exception {
        Json j = JsonParser.parse("{\"a\":[1,\"2\",true,null],\"s\":\"x\"}");
        assertTrue(j.get("missing").get("deeper").at(3).isMissing());
        assertEquals(2.0, j.get("a").at(1).num(), "numeric strings read as numbers");
        assertNull(j.get("s").num());
        assertEquals("fallback", j.path("a", "b").str("fallback"));
        assertEquals(4, j.get("a").size());
        assertTrue(j.get("a").at(3).isNull());
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        assertEquals(1.0, JsonParser.parse("\uFEFF{\"a\":1}").get("a").num());
    }
}
