package dev.modeldeck.core.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

final class Fixtures {
    private Fixtures() { }

    static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static boolean exists(String path) {
        return Fixtures.class.getResource("/fixtures/" + path) != null;
    }

    static List<Header> headers(String path) {
        return Headers.parseBlock(text(path));
    }
}
