package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted HttpTransport: answers by method and URL path ending ("GET /models", "POST /chat/completions")
 * with a status, headers and body chunks, or throws a NetException; advances the fake clock by the
 * scripted latency and per-chunk delay. Unscripted requests fail the test.
 */
final class FakeServer implements HttpTransport {
    final List<HttpRequest> requests = new ArrayList<>();
    private final Map<String, Reply> routes = new LinkedHashMap<>();
    private final FakeClock clock;

    FakeServer(FakeClock clock) { this.clock = clock; }

    /** One scripted answer. */
    static final class Reply {
        int status;
        final List<Header> headers = new ArrayList<>();
        List<String> chunks = new ArrayList<>();
        NetException error;
        long latencyMs;
        long chunkDelayMs;
        Runnable onSend;

        Reply header(String name, String value) { headers.add(new Header(name, value)); return this; }
        Reply headers(List<Header> hs) { headers.addAll(hs); return this; }
        Reply latency(long ms) { latencyMs = ms; return this; }
        Reply chunkDelay(long ms) { chunkDelayMs = ms; return this; }
        Reply onSend(Runnable r) { onSend = r; return this; }
    }

    Reply on(String method, String pathEnd, int status, String... chunks) {
        Reply r = new Reply();
        r.status = status;
        r.chunks = new ArrayList<>(Arrays.asList(chunks));
        routes.put(method + " " + pathEnd, r);
        return r;
    }

    Reply fail(String method, String pathEnd, NetException e) {
        Reply r = new Reply();
        r.error = e;
        routes.put(method + " " + pathEnd, r);
        return r;
    }

    List<HttpRequest> requestsTo(String method, String pathEnd) {
        List<HttpRequest> out = new ArrayList<>();
        for (HttpRequest r : requests) {
            if (r.method().equals(method) && path(r.url()).endsWith(pathEnd)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public synchronized HttpResponse send(HttpRequest request) throws NetException {
        requests.add(request);
        Reply reply = null;
        for (Map.Entry<String, Reply> e : routes.entrySet()) {
            String[] mp = e.getKey().split(" ", 2);
            if (request.method().equals(mp[0]) && path(request.url()).endsWith(mp[1])) {
                reply = e.getValue();
            }
        }
        if (reply == null) {
            throw new AssertionError("unscripted request " + request.method() + " " + request.url());
        }
        if (reply.onSend != null) {
            reply.onSend.run();
        }
        clock.advance(reply.latencyMs);
        if (request.cancellation().isCancelled()) {
            throw NetException.cancelled();
        }
        if (reply.error != null) {
            throw reply.error;
        }
        return new Response(reply, request.url(), clock);
    }

    private static String path(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static final class Response implements HttpResponse {
        private final Reply reply;
        private final String url;
        private final FakeClock clock;
        private int next;
        boolean closed;

        Response(Reply reply, String url, FakeClock clock) {
            this.reply = reply;
            this.url = url;
            this.clock = clock;
        }

        @Override public int status() { return reply.status; }
        @Override public String header(String name) { return Headers.get(reply.headers, name); }
        @Override public List<Header> headers() { return reply.headers; }
        @Override public String finalUrl() { return url; }

        @Override public String readChunk() {
            if (closed || next >= reply.chunks.size()) {
                return null;
            }
            clock.advance(reply.chunkDelayMs);
            return reply.chunks.get(next++);
        }

        @Override public void close() { closed = true; }
    }
}
