package dev.modeldeck.testsupport;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one reader of the recorded fixtures, for tests and the test provider alike. They live in
 * src/test/resources/fixtures, or wherever the system property {@code modeldeck.fixtures} points.
 */
public final class Fixtures {
    private Fixtures() { }

    public static Path root() {
        return Paths.get(System.getProperty("modeldeck.fixtures", "src/test/resources/fixtures"));
    }

    /** A fixture file or folder, e.g. {@code "streams/mistral-text.sse"} or {@code "xss"}. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("No fixture " + relative + " under " + root().toAbsolutePath());
        }
        return p;
    }

    /** A fixture file directly in {@code folder}; refuses names that would leave it (they may come from a request). */
    public static Path file(String folder, String name) {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("Not a fixture file name: " + name);
        }
        Path p = root().resolve(folder).resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("No fixture " + folder + "/" + name + " under " + root().toAbsolutePath());
        }
        return p;
    }

    public static boolean exists(String relative) {
        return Files.isRegularFile(root().resolve(relative));
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String relative) {
        return new String(bytes(relative), StandardCharsets.UTF_8);
    }

    /** A recorded header block (an HTTP status line, then {@code Name: value} lines). */
    public static List<Header> headers(String relative) {
        return Headers.parseBlock(text(relative));
    }

    /** A legacy v1 setup from fixtures/legacy: the localStorage keys and values it had, sorted by key. */
    public static Map<String, String> legacyKeys(String name) {
        Json json;
        try {
            json = JsonParser.parse(text("legacy/" + name));
        } catch (JsonException e) {
            throw new IllegalArgumentException("Fixture legacy/" + name + " is not JSON: " + e.getMessage(), e);
        }
        Map<String, String> keys = new TreeMap<>();
        for (Map.Entry<String, Json> e : json.fields().entrySet()) {
            keys.put(e.getKey(), e.getValue().str());
        }
        return keys;
    }
}
