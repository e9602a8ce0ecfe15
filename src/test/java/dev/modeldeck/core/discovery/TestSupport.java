package dev.modeldeck.core.discovery;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A scriptable transport and chunked responses shared by the discovery tests. */
final class TestSupport {
    private TestSupport() { }

    /** A response whose body comes in fixed-size chunks; counts how much was read. */
    static final class FakeResponse implements HttpResponse {
        final int status;
        final List<Header> headers = new ArrayList<>();
        final String body;
        final int chunkSize;
        int pos;
        boolean closed;

        FakeResponse(int status, String body, String... headerPairs) { this(status, body, 8192, headerPairs); }

        FakeResponse(int status, String body, int chunkSize, String... headerPairs) {
            this.status = status;
            this.body = body;
            this.chunkSize = chunkSize;
            for (int i = 0; i + 1 < headerPairs.length; i += 2) {
                headers.add(new Header(headerPairs[i], headerPairs[i + 1]));
            }
        }

        @Override public int status() { return status; }
        @Override public String header(String name) { return Headers.get(headers, name); }
        @Override public List<Header> headers() { return headers; }
        @Override public String finalUrl() { return "http://test/models"; }
        @Override public synchronized String readChunk() {
            if (closed || pos >= body.length()) {
                return null;
            }
            int end = Math.min(body.length(), pos + chunkSize);
            String s = body.substring(pos, end);
            pos = end;
            return s;
        }
        @Override public synchronized void close() { closed = true; }
        synchronized int charsRead() { return pos; }
    }

    interface Responder {
        HttpResponse respond(HttpRequest r) throws NetException;
    }

    /** Counts requests and answers each with the current responder. */
    static final class FakeTransport implements HttpTransport {
        final AtomicInteger requests = new AtomicInteger();
        final List<HttpRequest> seen = new ArrayList<>();
        volatile Responder responder;

        FakeTransport(Responder r) { this.responder = r; }

        static FakeTransport ok(String body) {
            return new FakeTransport(r -> new FakeResponse(200, body, "Content-Type", "application/json"));
        }

        @Override public HttpResponse send(HttpRequest request) throws NetException {
            requests.incrementAndGet();
            synchronized (seen) {
                seen.add(request);
            }
            return responder.respond(request);
        }
    }

    static Cancellation none() { return new Cancellation(); }
}
