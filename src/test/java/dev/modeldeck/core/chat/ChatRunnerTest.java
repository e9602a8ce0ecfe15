package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.Headers;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testsupport.FakeClock;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatRunnerTest {
    private static final List<String> SECRETS = Collections.singletonList("sk-test-SECRET");

    /** An in-memory response over fixed chunks; can fail after N chunks; honours the request's cancellation. Headers take 200 ms, each chunk 10 ms. */
    static final class FakeTransport implements HttpTransport {
        final FakeClock clock;
        int status = 200;
        List<Header> headers = new ArrayList<>();
        List<String> chunks = new ArrayList<>();
        int failAfter = -1;
        NetException sendError;
        boolean closed;
        int read;
        HttpRequest sent;

        FakeTransport(FakeClock clock) { this.clock = clock; }

        FakeTransport body(String contentType, List<String> pieces) {
            headers.add(new Header("Content-Type", contentType));
            chunks = pieces;
            return this;
        }

        @Override public HttpResponse send(HttpRequest request) throws NetException {
            sent = request;
            clock.advance(200); // headers arrive
            if (sendError != null) {
                throw sendError;
            }
            return new HttpResponse() {
                @Override public int status() { return status; }
                @Override public String header(String name) { return Headers.get(headers, name); }
                @Override public List<Header> headers() { return headers; }
                @Override public String finalUrl() { return request.url(); }
                @Override public String readChunk() throws NetException {
                    request.cancellation().throwIfCancelled();
                    if (read == failAfter) {
                        throw new NetException(NetException.Kind.NETWORK, "The connection dropped.");
                    }
                    if (read >= chunks.size()) {
                        return null;
                    }
                    clock.advance(10);
                    return chunks.get(read++);
                }
                @Override public void close() { closed = true; }
            };
        }
    }

    private final FakeClock clock = new FakeClock(1_000);
    private final FakeTransport transport = new FakeTransport(clock);
    private final HttpRequest request = HttpRequest.post("https://api.example.com/v1/chat/completions", "{}").build();

    private ChatOutcome run(ChatStreamListener listener) {
        return new ChatRunner(transport, clock).run(request, SECRETS, listener);
    }

    private void sseFixture(String file) {
        transport.body("text/event-stream; charset=utf-8", Oracle.oddChunks(Fixtures.text("streams/" + file)));
    }

    @Test
    void streamedFixtureGivesTextUsageTimingsAndChunkCount() {
        sseFixture("mistral-text.sse");
        StringBuilder seen = new StringBuilder();
        ChatOutcome o = run(new ChatStreamListener() {
            @Override public void onContent(String d) { seen.append(d); }
        });
        assertEquals("Hello, world! This is a test response.", o.content());
        assertEquals(o.content(), seen.toString());
        assertEquals(ChatMessage.Status.COMPLETE, o.status());
        assertNull(o.error());
        assertEquals(BodyFormat.SSE, o.format());
        assertEquals(transport.chunks.size(), o.chunkCount());
        assertEquals(9, o.eventCount());
        assertEquals(21L, o.usage().totalTokens);
        assertEquals(FinishReason.STOP, o.finishReason());
        assertEquals("mistral-small-latest", o.model());
        assertTrue(transport.closed);
        // Headers at +200 ms; the first content delta ("Hello") sits in the second event.
        assertTrue(o.ttftMs() > 200 && o.ttftMs() < o.totalMs(), o.ttftMs() + " / " + o.totalMs());
        assertEquals(200 + 10 * transport.chunks.size(), o.totalMs());
    }

    @Test
    void everyStreamFixtureRunsToCompletionThroughTheRunner() {
        String[] files = {"alibaba-qwen-reasoning.sse", "azure-prompt-filter-first-chunk.sse", "deepseek-reasoning_content.sse",
            "deepseek-tool-calls-split.sse", "groq-tool-call-single-chunk.sse", "groq-x_groq-usage.sse", "openai-usage-chunk.sse",
            "xai-tool-call.sse"};
        for (String f : files) {
            FakeTransport t = new FakeTransport(clock).body("text/event-stream", Oracle.oddChunks(Fixtures.text("streams/" + f)));
            ChatOutcome o = new ChatRunner(t, clock).run(request, SECRETS, null);
            String expected = Oracle.joined(Oracle.payloads(Fixtures.text("streams/" + f)), "content");
            assertEquals(ChatMessage.Status.COMPLETE, o.status(), f);
            assertEquals(expected, o.content(), f);
        }
    }

    @Test
    void finishReasonLengthGivesStatusLength() {
        sseFixture("deepseek-finish-length.sse");
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.LENGTH, o.status());
        assertNull(o.error());
        assertEquals("The reply hit the maximum length and was cut off.", o.notice());
    }

    @Test
    void serverIgnoringStreamTrueAndAnsweringJsonStillWorks() {
        transport.body("text/event-stream", Oracle.oddChunks(Fixtures.text("chat/deepseek-reasoner.json")));
        ChatOutcome o = run(null);
        assertEquals(BodyFormat.JSON, o.format());
        assertEquals(ChatMessage.Status.COMPLETE, o.status());
        assertTrue(o.content().startsWith("The word \"strawberry\""));
        assertTrue(o.reasoning().startsWith("We are asked"));
        assertEquals(1, o.eventCount());
    }

    @Test
    void sseWithoutItsContentTypeIsRecognisedByItsFirstBytes() {
        transport.body("text/plain", Oracle.oddChunks("\n\n" + Fixtures.text("streams/mistral-text.sse")));
        ChatOutcome o = run(null);
        assertEquals(BodyFormat.SSE, o.format());
        assertEquals("Hello, world! This is a test response.", o.content());
    }

    @Test
    void ollamaNativeNdjsonStreamWithMidStreamErrorKeepsThePartialText() {
        transport.body("application/x-ndjson", Oracle.oddChunks(Fixtures.text("streams/ollama-native-midstream-error.ndjson")));
        ChatOutcome o = run(null);
        assertEquals(BodyFormat.NDJSON, o.format());
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals(" Yes.Ican", o.content());
        assertEquals("an error was encountered while running the model", o.error().providerMessage());
    }

    @Test
    void ndjsonWithoutItsContentTypeFallsBackFromJson() {
        transport.body("application/json", List.of("{\"model\":\"m\",\"response\":\"a\",\"done\":false}\n",
            "{\"model\":\"m\",\"response\":\"b\",\"done\":true,\"done_reason\":\"stop\"}\n"));
        ChatOutcome o = run(null);
        assertEquals(BodyFormat.NDJSON, o.format());
        assertEquals("ab", o.content());
        assertEquals(ChatMessage.Status.COMPLETE, o.status());
    }

    @Test
    void openRouterKeepAliveCommentsReachTheListener() {
        transport.body("text/event-stream", List.of(": OPENROUTER PROCESSING\n\n", ": OPENROUTER PROCESSING\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"));
        List<String> keepAlive = new ArrayList<>();
        ChatOutcome o = run(new ChatStreamListener() {
            @Override public void onKeepAlive(String c) { keepAlive.add(c); }
        });
        assertEquals(List.of("OPENROUTER PROCESSING", "OPENROUTER PROCESSING"), keepAlive);
        assertEquals("ok", o.content());
        assertEquals(ChatMessage.Status.COMPLETE, o.status());
    }

    @Test
    void cancelMidStreamKeepsThePartialReplyAsStopped() {
        sseFixture("groq-x_groq-usage.sse");
        ChatOutcome o = run(new ChatStreamListener() {
            int n;
            @Override public void onContent(String d) {
                if (++n == 5) {
                    request.cancellation().cancel();
                }
            }
        });
        assertEquals(ChatMessage.Status.STOPPED, o.status());
        assertEquals(NetException.Kind.CANCELLED, o.error().kind());
        assertFalse(o.content().isEmpty());
        String full = Oracle.joined(Oracle.payloads(Fixtures.text("streams/groq-x_groq-usage.sse")), "content");
        assertTrue(full.startsWith(o.content()) && o.content().length() < full.length());
        assertTrue(transport.closed);
        assertTrue(transport.read < transport.chunks.size(), "reading stopped early");
    }

    @Test
    void cancelBeforeSendingIsStoppedWithoutARequest() {
        request.cancellation().cancel();
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.STOPPED, o.status());
        assertNull(transport.sent);
    }

    @Test
    void transportErrorMidStreamKeepsThePartialReplyAsIncomplete() {
        sseFixture("openai-usage-chunk.sse");
        transport.failAfter = 300;
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.INCOMPLETE, o.status());
        assertEquals(NetException.Kind.NETWORK, o.error().kind());
        assertTrue(o.content().startsWith("**Holiday Name:**"));
        assertNull(o.usage());
        assertEquals(300, o.chunkCount());
        assertTrue(transport.closed);
    }

    @Test
    void transportErrorBeforeAnyTextIsAnError() {
        sseFixture("openai-usage-chunk.sse");
        transport.failAfter = 0;
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals(NetException.Kind.NETWORK, o.error().kind());
        assertEquals(-1, o.ttftMs());
    }

    @Test
    void sendFailureIsAnErrorWithNoBody() {
        transport.sendError = new NetException(NetException.Kind.NETWORK, "Nothing answered.");
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals("Nothing answered.", o.error().getMessage());
        assertNull(o.format());
        assertEquals(0, o.chunkCount());
    }

    @Test
    void httpErrorIsClassifiedFromStatusAndBody() {
        transport.status = 429;
        transport.headers.add(new Header("x-request-id", "req_abc"));
        transport.body("application/json", List.of(Fixtures.text("errors/groq-429.json")));
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals(NetException.Kind.RATE_LIMITED, o.error().kind());
        assertEquals(429, o.error().status());
        assertEquals("req_abc", o.requestId());
        assertEquals("", o.content());
        assertTrue(transport.closed);
    }

    @Test
    void hugeErrorBodyIsReadOnlyUpTo64K() {
        transport.status = 500;
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            pieces.add(SseParserTest.repeat("x", 1024));
        }
        transport.body("text/html", pieces);
        ChatOutcome o = run(null);
        assertEquals(NetException.Kind.SERVER, o.error().kind());
        assertTrue(transport.read <= 65, "read " + transport.read + " chunks");
    }

    @Test
    void htmlPageInA200IsAProtocolErrorThatNamesTheBaseUrl() {
        transport.body("text/html", List.of("<!DOCTYPE html><html>", "<body>Login</body></html>"));
        ChatOutcome o = run(null);
        assertEquals(BodyFormat.HTML, o.format());
        assertEquals(NetException.Kind.PROTOCOL, o.error().kind());
        assertTrue(o.error().getMessage().contains("base URL"));
    }

    @Test
    void emptyBodyIsAnError() {
        transport.body("text/event-stream", List.of("", "\n"));
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals(NetException.Kind.PROTOCOL, o.error().kind());
    }

    @Test
    void streamEndingWithoutDoneOrFinishReasonIsIncomplete() {
        transport.body("text/event-stream", List.of("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"half a sen\"}}]}\n\n"));
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.INCOMPLETE, o.status());
        assertEquals("half a sen", o.content());
        assertEquals(NetException.Kind.PROTOCOL, o.error().kind());
    }

    @Test
    void lastEventWithoutTrailingBlankLineIsStillUsed() {
        transport.body("text/event-stream", List.of("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"A\"}}]}\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"B\"},\"finish_reason\":\"stop\"}]}"));
        ChatOutcome o = run(null);
        assertEquals("AB", o.content());
        assertEquals(ChatMessage.Status.COMPLETE, o.status());
    }

    @Test
    void midStreamErrorEventStopsReadingAndIsAnError() {
        transport.body("text/event-stream", List.of("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n",
            "event: error\ndata: {\"error\":{\"message\":\"Upstream overloaded\",\"code\":503}}\n\n", "data: never read\n\n"));
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals("Hi", o.content());
        assertEquals(503, o.error().status());
        assertEquals(2, transport.read);
    }

    @Test
    void applyToCopiesTheResultIntoTheMessage() {
        sseFixture("deepseek-reasoning_content.sse");
        ChatOutcome o = run(null);
        ChatMessage m = new ChatMessage("assistant", "");
        m.status = ChatMessage.Status.STREAMING;
        o.applyTo(m);
        assertEquals(o.content(), m.content);
        assertEquals(o.reasoning(), m.reasoning);
        assertEquals(ChatMessage.Status.COMPLETE, m.status);
        assertEquals("deepseek-reasoner", m.modelId);
        assertEquals(18L, m.promptTokens);
        assertEquals(219L, m.completionTokens);
        assertEquals(o.ttftMs(), (long) m.timeToFirstTokenMs);
        assertNull(m.error);
    }

    @Test
    void secretsNeverAppearInAMidStreamError() {
        transport.body("text/event-stream", List.of("data: {\"error\":{\"message\":\"Invalid key sk-test-SECRET\",\"code\":401}}\n\n"));
        ChatOutcome o = run(null);
        assertEquals(NetException.Kind.AUTH, o.error().kind());
        assertFalse(o.error().getMessage().contains("SECRET"));
        assertFalse(o.error().providerMessage().contains("SECRET"));
    }

    @Test
    void aChunkThatCannotBeReadEndsTheReplyAsIncompleteWithItsText() {
        transport.body("text/event-stream", List.of("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Kept \"}}]}\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"too.\"}}]}\n\n",
            "data: {\"poison\":true}\n\n", "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" Never read.\"}}]}\n\n",
            "data: [DONE]\n\n"));
        // In the browser a lazy JSON value may throw a JS error (e.g. a RangeError) where the JVM would not.
        ChatOutcome o = new ChatRunner(transport, clock).jsonReader(text -> {
            if (text.contains("poison")) {
                throw new IllegalStateException("RangeError: The number Infinity cannot be converted to a BigInt");
            }
            return dev.modeldeck.core.json.JsonParser.tryParse(text);
        }).run(request, SECRETS, null);
        assertEquals(ChatMessage.Status.INCOMPLETE, o.status());
        assertEquals("Kept too.", o.content());
        assertEquals(NetException.Kind.PROTOCOL, o.error().kind());
        assertEquals("A piece of the answer could not be read, so ModelDeck stopped reading there.", o.notice());
        assertFalse(o.notice().contains("BigInt"), "no engine message reaches the user");
        assertTrue(transport.closed);
    }

    @Test
    void aListenerOrReaderFailingBeforeAnyTextEndsTheReplyAsAnError() {
        transport.body("text/event-stream", List.of("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\n\n"));
        ChatOutcome o = run(new ChatStreamListener() {
            @Override public void onContent(String d) { throw new IllegalStateException("boom"); }
        });
        assertEquals(ChatMessage.Status.INCOMPLETE, o.status(), "the text had arrived before the listener failed");
        transport.read = 0;
        transport.chunks = List.of("data: {\"usage\":{\"prompt_tokens\":1}}\n\n");
        ChatOutcome early = new ChatRunner(transport, clock).jsonReader(text -> { throw new IllegalStateException("x"); })
            .run(request, SECRETS, null);
        assertEquals(ChatMessage.Status.ERROR, early.status());
        assertEquals("", early.content());
    }

    @Test
    void impossibleNumbersDoNotStopAStreamedReply() {
        transport.body("text/event-stream", List.of(
            "data: {\"created\":1e400,\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"}}]}\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1e400,\"completion_tokens\":3}}\n\n",
            "data: [DONE]\n\n"));
        ChatOutcome o = run(null);
        assertEquals(ChatMessage.Status.COMPLETE, o.status());
        assertEquals("Hello", o.content());
        ChatMessage m = new ChatMessage("assistant", "");
        o.applyTo(m);
        assertNull(m.promptTokens);
        assertEquals(3L, m.completionTokens);
    }
}
