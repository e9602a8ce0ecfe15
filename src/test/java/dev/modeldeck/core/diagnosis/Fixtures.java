package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    static List<Header> headers(String path) {
        return Headers.parseBlock(text(path));
    }

    /** A recorded SSE stream cut into event-sized chunks, as a network would deliver them. */
    static String[] sseChunks(String path) {
        String all = text(path).replace("\r\n", "\n");
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = all.indexOf("\n\n", from)) >= 0) {
            out.add(all.substring(from, at + 2));
            from = at + 2;
        }
        if (from < all.length()) {
            out.add(all.substring(from));
        }
        return out.toArray(new String[0]);
    }
}
