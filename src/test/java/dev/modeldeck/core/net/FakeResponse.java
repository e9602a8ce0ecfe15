package dev.modeldeck.core.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A scripted response: status, headers and body chunks; remembers whether it was read or closed. */
final class FakeResponse implements HttpResponse {
    final int status;
    final List<Header> headers;
    private final List<String> chunks;
    int chunksRead;
    boolean closed;

    FakeResponse(int status, List<Header> headers, String... chunks) {
        this.status = status;
        this.headers = headers == null ? new ArrayList<>() : headers;
        this.chunks = new ArrayList<>(Arrays.asList(chunks));
    }

    static FakeResponse of(int status, String body, Header... headers) {
        return new FakeResponse(status, new ArrayList<>(Arrays.asList(headers)), body);
    }

    @Override public int status() { return status; }
    @Override public String header(String name) { return Headers.get(headers, name); }
    @Override public List<Header> headers() { return headers; }
    @Override public String finalUrl() { return "https://example.test/v1/chat/completions"; }

    @Override public String readChunk() {
        if (closed || chunksRead >= chunks.size()) {
            return null;
        }
        return chunks.get(chunksRead++);
    }

    @Override public void close() { closed = true; }
}
