package dev.modeldeck.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void escapesExactlyQuotesBackslashesControlCharactersAndLineSeparators() {
        assertEquals("\"plain text, é 😀 ✓\"", JsonWriter.quote("plain text, é 😀 ✓"));
        assertEquals("\"\\\"a\\\\b\\nc\\rd\\te\\u0001f\\u001fg\\u2028h\\u2029\"",
            JsonWriter.quote("\"a\\b\nc\rd\te\u0001f\u001fg\u2028h\u2029"));
        assertEquals("\"\\n\\n\"", JsonWriter.quote("\n\n"));
        assertEquals("\"\"", JsonWriter.quote(""));
    }

    @Test
    void everyCharacterReadsBackAsItWas() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xD800; c++) {
            all.append(c).append(c % 7 == 0 ? "run of plain text " : "");
        }
        all.append("\uD83D\uDE00 end");
        String text = all.toString();
        String quoted = JsonWriter.quote(text);
        assertEquals(text, new ObjectMapper().readTree(quoted).textValue());
        assertEquals(text, JsonParser.parse(quoted).str());
    }
}
