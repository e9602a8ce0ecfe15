package dev.modeldeck.core.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.ErrorClassifier;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.net.Redactor;
import dev.modeldeck.core.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one chat request that the endpoint resolver built: sends it, classifies HTTP errors, tells
 * SSE, NDJSON and plain JSON apart by their first characters, streams pieces to the listener, and
 * always returns what arrived, including a partial reply when the user stops, the network fails or a
 * piece of the answer cannot be read.
 * Blocking; in the browser call it from a green thread.
 */
public final class ChatRunner {
    public static final int MAX_ERROR_BODY_CHARS = 64 * 1024;
    /** A non-streaming answer larger than this is refused (16 M characters). */
    public static final int MAX_JSON_BODY_CHARS = 16 * 1024 * 1024;
    private static final String[] REQUEST_ID_HEADERS = {
        "x-request-id", "request-id", "apim-request-id", "x-groq-id", "cf-ray"};

    private final HttpTransport transport;
    private final Clock clock;
    private Function<String, Json> jsonReader;

    public ChatRunner(HttpTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    /** Uses another JSON reader for chunks (e.g. native JSON.parse in the browser). */
    public ChatRunner jsonReader(Function<String, Json> reader) {
        this.jsonReader = reader;
        return this;
    }

    /**
     * @param request built by the endpoint resolver; its cancellation is the Stop button
     * @param secrets values that must never appear in an error (the API key, custom header values)
     * @param listener per-token callbacks; may be null
     */
    public ChatOutcome run(HttpRequest request, List<String> secrets, ChatStreamListener listener) {
        Run r = new Run(request, secrets == null ? Collections.<String>emptyList() : secrets, listener);
        return r.execute();
    }

    /** State of one request; not reused. */
    private final class Run implements ChatStreamListener {
        private final HttpRequest request;
        private final List<String> secrets;
        private final ChatStreamListener out;
        private final StreamAssembler assembler;
        private long start;
        private long firstTokenAt = -1;
        private int chunks;
        private BodyFormat format;
        private String headerRequestId;
        private StringBuilder sniffed;
        private StringBuilder jsonBody;
        private SseParser sse;
        private NdjsonSplitter ndjson;

        Run(HttpRequest request, List<String> secrets, ChatStreamListener listener) {
            this.request = request;
            this.secrets = secrets;
            this.out = listener == null ? new ChatStreamListener() { } : listener;
            this.assembler = new StreamAssembler(this, secrets);
            if (jsonReader != null) {
                assembler.jsonReader(jsonReader);
            }
        }

        ChatOutcome execute() {
            start = clock.nowMillis();
            try {
                return exchange();
            } catch (RuntimeException e) {
                // Nothing a provider sends may leave a reply streaming forever (in the browser a JS error such
                // as a RangeError arrives here too): the reply ends, and what arrived so far is kept.
                NetException broken = new NetException(NetException.Kind.PROTOCOL, I18n.t("chatcore_unreadable_piece"));
                return finish(assembler.hasOutput() ? ChatMessage.Status.INCOMPLETE : ChatMessage.Status.ERROR, broken);
            }
        }

        private ChatOutcome exchange() {
            Cancellation cancel = request.cancellation();
            HttpResponse response;
            try {
                cancel.throwIfCancelled();
                response = transport.send(request);
            } catch (NetException e) {
                return finish(e.kind() == NetException.Kind.CANCELLED ? ChatMessage.Status.STOPPED : ChatMessage.Status.ERROR, e);
            }
            try {
                headerRequestId = Redactor.redact(requestIdFrom(response), secrets);
                if (response.status() >= 400) {
                    String body = readCapped(response, MAX_ERROR_BODY_CHARS);
                    return finish(ChatMessage.Status.ERROR,
                        ErrorClassifier.classify(response.status(), response.headers(), body, secrets));
                }
                NetException readError = null;
                try {
                    readBody(response, cancel);
                } catch (NetException e) {
                    readError = e;
                }
                if (readError == null && cancel.isCancelled()) {
                    readError = NetException.cancelled();
                }
                return conclude(readError, response);
            } finally {
                response.close();
            }
        }

        private void readBody(HttpResponse response, Cancellation cancel) throws NetException {
            String contentType = response.header("Content-Type");
            String chunk;
            while ((chunk = response.readChunk()) != null) {
                chunks++;
                if (format == null) {
                    if (sniffed == null) {
                        sniffed = new StringBuilder();
                    }
                    sniffed.append(chunk);
                    format = BodyFormat.sniff(contentType, sniffed.toString());
                    if (format == null) {
                        continue;
                    }
                    chunk = sniffed.toString();
                    sniffed = null;
                }
                feed(chunk);
                if (cancel.isCancelled()) {
                    throw NetException.cancelled();
                }
                if (format == BodyFormat.HTML || format == BodyFormat.OTHER || assembler.error() != null) {
                    return; // not a chat answer, or the provider gave up: nothing more worth reading
                }
            }
            endOfBody();
        }

        private void feed(String chunk) throws NetException {
            try {
                switch (format) {
                    case SSE:
                        if (sse == null) {
                            sse = new SseParser(new SseParser.Listener() {
                                @Override public void onEvent(String event, String data, String id) {
                                    assembler.onSseEvent(event, data);
                                }
                                @Override public void onComment(String comment) { out.onKeepAlive(comment); }
                            });
                        }
                        sse.feed(chunk);
                        break;
                    case NDJSON:
                        if (ndjson == null) {
                            ndjson = new NdjsonSplitter(assembler::onJsonLine);
                        }
                        ndjson.feed(chunk);
                        break;
                    case JSON:
                        if (jsonBody == null) {
                            jsonBody = new StringBuilder();
                        }
                        jsonBody.append(chunk);
                        if (jsonBody.length() > MAX_JSON_BODY_CHARS) {
                            throw new NetException(NetException.Kind.TOO_LARGE, I18n.t("chatcore_answer_too_large"));
                        }
                        break;
                    default:
                        break;
                }
            } catch (SseParser.Overflow e) {
                throw new NetException(NetException.Kind.TOO_LARGE, e.getMessage());
            }
        }

        private void endOfBody() throws NetException {
            if (format == null && sniffed != null) {
                // Too short to tell (e.g. "da"): treat what came as an unterminated SSE line.
                format = BodyFormat.SSE;
                feed(sniffed.toString());
            }
            try {
                if (sse != null) {
                    sse.end();
                }
                if (ndjson != null) {
                    ndjson.end();
                }
            } catch (SseParser.Overflow e) {
                throw new NetException(NetException.Kind.TOO_LARGE, e.getMessage());
            }
            if (format == BodyFormat.JSON && jsonBody != null) {
                String body = jsonBody.toString();
                jsonBody = null;
                if (!ChatCompletionParser.parseInto(body, assembler)) {
                    // A JSON-looking start but not one document: maybe NDJSON without its content type.
                    format = BodyFormat.NDJSON;
                    NdjsonSplitter lines = new NdjsonSplitter(assembler::onJsonLine);
                    lines.feed(body);
                    lines.end();
                }
            }
        }

        private ChatOutcome conclude(NetException readError, HttpResponse response) {
            if (format == BodyFormat.HTML || format == BodyFormat.OTHER) {
                String text = format == BodyFormat.HTML ? I18n.t("chatcore_answered_web_page") : I18n.t("chatcore_answered_text");
                return finish(ChatMessage.Status.ERROR, new NetException(NetException.Kind.PROTOCOL, text).withStatus(response.status()));
            }
            if (format == null && readError == null) {
                return finish(ChatMessage.Status.ERROR, new NetException(NetException.Kind.PROTOCOL, I18n.t("chatcore_empty_answer")).withStatus(response.status()));
            }
            boolean wholeBody = format == BodyFormat.JSON;
            ChatMessage.Status status = ChatOutcome.decide(assembler, readError, wholeBody);
            NetException err;
            if (status == ChatMessage.Status.STOPPED) {
                err = readError != null ? readError : NetException.cancelled();
            } else if (assembler.error() != null) {
                err = assembler.error();
            } else if (readError != null) {
                err = readError;
            } else {
                err = ChatOutcome.implicitError(status, assembler, wholeBody);
            }
            return finish(status, err);
        }

        private ChatOutcome finish(ChatMessage.Status status, NetException error) {
            long ttft = firstTokenAt < 0 ? -1 : firstTokenAt - start;
            return new ChatOutcome(status, assembler, error, ttft, clock.nowMillis() - start, chunks, format, headerRequestId);
        }

        private void markToken() {
            if (firstTokenAt < 0) {
                firstTokenAt = clock.nowMillis();
            }
        }

        // The assembler reports to the run, which times the first token and forwards.
        @Override public void onContent(String delta) { markToken(); out.onContent(delta); }
        @Override public void onReasoning(String delta) { markToken(); out.onReasoning(delta); }
        @Override public void onToolCall(ToolCall call) { markToken(); out.onToolCall(call); }
        @Override public void onUsage(Usage usage) { out.onUsage(usage); }
        @Override public void onError(NetException error) { out.onError(error); }
    }

    private static String requestIdFrom(HttpResponse response) {
        for (String h : REQUEST_ID_HEADERS) {
            String v = response.header(h);
            if (v != null && !v.trim().isEmpty()) {
                return v.trim();
            }
        }
        return null;
    }

    /** Reads at most {@code max} characters of an error body; a read failure keeps what came. */
    private static String readCapped(HttpResponse response, int max) {
        StringBuilder sb = new StringBuilder();
        try {
            String chunk;
            while (sb.length() < max && (chunk = response.readChunk()) != null) {
                sb.append(chunk, 0, Math.min(chunk.length(), max - sb.length()));
            }
        } catch (NetException e) {
            // The status already says what failed; a partial body is still worth classifying.
        }
        return sb.toString();
    }
}
