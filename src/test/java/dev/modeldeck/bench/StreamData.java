package dev.modeldeck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded stream the SSE benchmark replays: the content-delta events of the real fixtures in
 * fixtures/streams/*.sse, repeated in file order up to the wanted count, ended by [DONE], then cut into
 * network-sized pieces at pseudo-random places (mid-line, mid-field) with a fixed seed.
 */
final class StreamData {
    static final int MIN_CHUNK = 256;
    static final int MAX_CHUNK = 4096;

    final List<String> chunks;
    /** The JSON payload of every event, for the bare JSON.parse floor. */
    final List<String> dataLines;
    final int contentChars;
    final int textChars;
    final int sourceEvents;

    private StreamData(List<String> chunks, List<String> dataLines, int contentChars, int textChars, int sourceEvents) {
        this.chunks = chunks;
        this.dataLines = dataLines;
        this.contentChars = contentChars;
        this.textChars = textChars;
        this.sourceEvents = sourceEvents;
    }

    static StreamData build(Path streamsDir, int events, long seed) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> source = new ArrayList<>();
        List<Integer> sourceContent = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(streamsDir)) {
            files = s.filter(p -> p.toString().endsWith(".sse")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
            for (String line : text.split("\n")) {
                if (!line.startsWith("data:")) {
                    continue;
                }
                String data = line.substring(5).trim();
                if (!data.startsWith("{")) {
                    continue;
                }
                JsonNode content = mapper.readTree(data).path("choices").path(0).path("delta").path("content");
                if (content.isTextual() && !content.asText().isEmpty()) {
                    source.add(data);
                    sourceContent.add(content.asText().length());
                }
            }
        }
        if (source.isEmpty()) {
            throw new IllegalStateException("No content-delta events in " + streamsDir);
        }
        StringBuilder all = new StringBuilder();
        List<String> dataLines = new ArrayList<>(events);
        int contentChars = 0;
        for (int i = 0; i < events; i++) {
            String data = source.get(i % source.size());
            dataLines.add(data);
            contentChars += sourceContent.get(i % source.size());
            all.append("data: ").append(data).append("\n\n");
        }
        all.append("data: [DONE]\n\n");
        return new StreamData(split(all.toString(), seed), dataLines, contentChars, all.length(), source.size());
    }

    /** Pieces of MIN..MAX chars; never between the halves of a surrogate pair (TextDecoder never cuts there). */
    static List<String> split(String text, long seed) {
        List<String> out = new ArrayList<>();
        long state = seed;
        int pos = 0;
        while (pos < text.length()) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int size = MIN_CHUNK + (int) ((state >>> 33) % (MAX_CHUNK - MIN_CHUNK + 1));
            int end = Math.min(text.length(), pos + size);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            out.add(text.substring(pos, end));
            pos = end;
        }
        return out;
    }
}
