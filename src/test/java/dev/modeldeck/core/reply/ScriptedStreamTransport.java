package dev.modeldeck.core.reply;

import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Providers as the reply router meets them: each request gets the next scripted answer — a stream
 * read chunk by chunk, an HTTP error, a failure before any answer, a stream that breaks or that the
 * user stops part way — and every request is recorded. Time moves {@link #SEND_MS} per request and
 * {@link #chunkMs} per chunk read, so first-token times and save throttling can be checked.
 */
final class ScriptedStreamTransport implements HttpTransport {
    static final long SEND_MS = 200;

    /** One scripted answer. */
    static final class Answer {
        private final int status;
        private final List<Header> headers = new ArrayList<>();
        private final List<String> chunks;
        private NetException atSend;
        private NetException afterChunks;
        private int stopAfter = -1;

        private Answer(int status, String contentType, List<String> chunks) {
            this.status = status;
            headers.add(new Header("Content-Type", contentType));
            this.chunks = chunks;
        }

        /** The stream fails with {@code e} once its chunks are read (a dropped connection, a stall). */
        Answer thenBreak(NetException e) { afterChunks = e; return this; }

        /** The user presses Stop right after this many chunks were read. */
        Answer stopAfter(int chunks) { stopAfter = chunks; return this; }
    }

    /** A 200 event stream, one SSE event per chunk. */
    static Answer stream(String... dataPayloads) {
        List<String> chunks = new ArrayList<>();
        for (String d : dataPayloads) {
            chunks.add("data: " + d + "\n\n");
        }
        return new Answer(200, "text/event-stream", chunks);
    }

    /** An HTTP error with a JSON body. */
    static Answer status(int status, String body) {
        return new Answer(status, "application/json", new ArrayList<>(Arrays.asList(body)));
    }

    /** No response at all: the request fails with {@code e} (no connection, a timeout). */
    static Answer fail(NetException e) {
        Answer a = new Answer(0, "", new ArrayList<>());
        a.atSend = e;
        return a;
    }

    /** The clock the transport moves; give the same one to the router. */
    private final FakeClock clock;
    private final List<Answer> answers = new ArrayList<>();
    final List<HttpRequest> requests = new ArrayList<>();
    long chunkMs = 10;

    ScriptedStreamTransport(FakeClock clock) { this.clock = clock; }

    ScriptedStreamTransport answer(Answer a) {
        answers.add(a);
        return this;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        requests.add(request);
        if (requests.size() > answers.size()) {
            throw new AssertionError("unexpected request #" + requests.size() + " to " + request.url());
        }
        Answer a = answers.get(requests.size() - 1);
        clock.advance(SEND_MS);
        if (a.atSend != null) {
            throw a.atSend;
        }
        return new Response(a, request);
    }

    /** Hosts asked, in order ("main.example", …). */
    List<String> hosts() {
        List<String> out = new ArrayList<>();
        for (HttpRequest r : requests) {
            String rest = r.url().substring(r.url().indexOf("//") + 2);
            out.add(rest.substring(0, rest.indexOf('/')));
        }
        return out;
    }

    private final class Response implements HttpResponse {
        private final Answer answer;
        private final HttpRequest request;
        private int read;

        Response(Answer answer, HttpRequest request) {
            this.answer = answer;
            this.request = request;
        }

        @Override public int status() { return answer.status; }
        @Override public String header(String name) { return Headers.get(answer.headers, name); }
        @Override public List<Header> headers() { return answer.headers; }
        @Override public String finalUrl() { return request.url(); }
        @Override public void close() { }

        @Override public String readChunk() throws NetException {
            if (read == answer.stopAfter) {
                request.cancellation().cancel();
            }
            request.cancellation().throwIfCancelled();
            if (read >= answer.chunks.size()) {
                if (answer.afterChunks != null) {
                    throw answer.afterChunks;
                }
                return null;
            }
            clock.advance(chunkMs);
            return answer.chunks.get(read++);
        }
    }
}
