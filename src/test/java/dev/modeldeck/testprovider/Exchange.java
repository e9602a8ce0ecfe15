package dev.modeldeck.testprovider;

import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.jvm.JdkHttpTransport;
import java.util.ArrayList;
import java.util.List;

/** Test helper: one request through {@link JdkHttpTransport}, its body read chunk by chunk. */
final class Exchange {
    static final JdkHttpTransport TRANSPORT = new JdkHttpTransport();

    final HttpResponse response;
    final List<String> chunks = new ArrayList<>();
    final String body;

    private Exchange(HttpResponse response) throws NetException {
        this.response = response;
        String c;
        while ((c = response.readChunk()) != null) {
            chunks.add(c);
        }
        this.body = String.join("", chunks);
    }

    static Exchange run(HttpRequest request) throws NetException {
        return new Exchange(TRANSPORT.send(request));
    }

    static Exchange get(String url, String... headerPairs) throws NetException {
        return run(withHeaders(HttpRequest.get(url), headerPairs).build());
    }

    static Exchange post(String url, String json, String... headerPairs) throws NetException {
        return run(withHeaders(HttpRequest.post(url, json), headerPairs).build());
    }

    static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String... headerPairs) {
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            b.header(headerPairs[i], headerPairs[i + 1]);
        }
        return b;
    }

    int status() { return response.status(); }

    String header(String name) { return response.header(name); }

    /** The payloads of the SSE {@code data:} lines, in order. */
    List<String> dataPayloads() {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data: ")) {
                out.add(line.substring(6));
            }
        }
        return out;
    }

    static String chatBody(String model, String userText, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\""
                + userText + "\"}]}";
    }
}
