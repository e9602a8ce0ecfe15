package dev.modeldeck.security;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modeldeck.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared XSS corpus stays usable: numbered, single-line, and in step with the hostile model list. */
class XssCorpusTest {
    static final Path XSS = Fixtures.path("xss");

    @Test
    void corpusHasAtLeastFiftyNumberedSingleLinePayloads() throws Exception {
        List<String> lines = Files.readAllLines(XSS.resolve("payloads.txt"), StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 50, lines.size() + " payloads");
        assertEquals(lines.size(), new HashSet<>(lines).size(), "no duplicates");
        for (int i = 0; i < lines.size(); i++) {
            String p = lines.get(i);
            assertEquals(p.strip(), p, "no surrounding spaces (a renderer may trim them): line " + (i + 1));
            boolean numbered = p.contains("(" + (i + 1) + ")") || p.contains("msgbox(" + (i + 1) + ")")
                || p.contains("base64,") || p.contains("atob(");
            assertTrue(numbered, "line " + (i + 1) + " names its own number: " + p);
        }
    }

    @Test
    void hostileModelListCarriesEveryPayloadAsAnId() throws Exception {
        List<String> lines = Files.readAllLines(XSS.resolve("payloads.txt"), StandardCharsets.UTF_8);
        JsonNode data = new ObjectMapper().readTree(Files.readString(XSS.resolve("models-hostile.json"))).path("data");
        assertEquals(lines.size(), data.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), data.get(i).path("id").asText(), "entry " + (i + 1));
            assertEquals(lines.get((i + 1) % lines.size()), data.get(i).path("owned_by").asText());
        }
    }
}
