package dev.modeldeck.core.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Expected values computed with Jackson, independently of our parsers; and chunking that moves chunk borders everywhere. */
final class Oracle {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Oracle() { }

    /** JSON payloads of the "data: " lines of an .sse fixture, parsed by Jackson ([DONE] skipped). */
    static List<JsonNode> payloads(String sse) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : sse.split("\n")) {
            if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
                try {
                    out.add(MAPPER.readTree(line.substring(6)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** Concatenation of choices[0].delta.FIELD text across payloads. */
    static String joined(List<JsonNode> payloads, String field) {
        StringBuilder b = new StringBuilder();
        for (JsonNode p : payloads) {
            JsonNode v = p.path("choices").path(0).path("delta").path(field);
            if (v.isTextual()) {
                b.append(v.asText());
            }
        }
        return b.toString();
    }

    /** Splits text into pieces of rotating odd sizes, so chunk borders land everywhere. */
    static List<String> oddChunks(String text) {
        int[] sizes = {1, 7, 3, 113, 2, 29, 512, 5};
        List<String> out = new ArrayList<>();
        int pos = 0;
        int k = 0;
        while (pos < text.length()) {
            int end = Math.min(text.length(), pos + sizes[k++ % sizes.length]);
            out.add(text.substring(pos, end));
            pos = end;
        }
        return out;
    }
}
