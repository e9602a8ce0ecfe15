package dev.modeldeck.testprovider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.testsupport.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local OpenAI-compatible provider for tests and for the README's demo: fixture-based
 * {@code /models} and {@code /chat/completions} (streaming and not) on 127.0.0.1, with faults a
 * test switches on through {@link #faults()} or {@code POST /__control}. Every request is recorded
 * in {@link #requests()}.
 *
 * <p>Run standalone: {@code java -cp target/classes:target/test-classes dev.modeldeck.testprovider.TestProvider --port 8765 --demo}
 */
public final class TestProvider implements AutoCloseable {
    static final String CONTROL_PATH = "/__control";
    private static final String ALLOWED_HEADERS =
            "authorization, content-type, api-key, x-api-key, x-title, http-referer, openai-organization, openai-project";
    private static final String[] EXTENSION_SCHEMES = {"chrome-extension://", "moz-extension://", "safari-web-extension://"};

    private final HttpServer server;
    private final ExecutorService pool;
    private final Faults faults = new Faults(this::releaseStalls);
    private final Content content = new Content();
    private final RequestLog log = new RequestLog();
    private final Object stallLock = new Object();
    private final AtomicInteger requestIds = new AtomicInteger();
    private long stallGeneration;
    private volatile boolean closed;

    private TestProvider(int port) throws IOException {
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-provider-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** Starts on 127.0.0.1; {@code port} 0 picks any free port. */
    public static TestProvider start(int port) throws IOException {
        return new TestProvider(port);
    }

    public int port() { return server.getAddress().getPort(); }

    /** {@code http://127.0.0.1:<port>/v1} */
    public String baseUrl() { return "http://127.0.0.1:" + port() + "/v1"; }

    /** {@code http://127.0.0.1:<port>/__control} */
    public String controlUrl() { return "http://127.0.0.1:" + port() + CONTROL_PATH; }

    public Faults faults() { return faults; }
    public Content content() { return content; }
    public RequestLog requests() { return log; }

    /** Default content, no faults, empty request log; stalled connections are released. */
    public void reset() {
        faults.clear();
        content.reset();
        log.clear();
    }

    @Override
    public void close() {
        closed = true;
        releaseStalls();
        server.stop(0);
        pool.shutdownNow();
    }

    // ---------------------------------------------------------------- request handling

    /** Thrown out of the handler so the server drops the socket without finishing the body. */
    private static final class AbortConnection extends RuntimeException {
        AbortConnection() { super("fault: disconnect", null, false, false); }
    }

    private void handle(HttpExchange ex) {
        boolean aborted = false;
        try {
            serve(ex);
        } catch (AbortConnection abort) {
            // Closing the exchange would end the chunked body cleanly; the server's own handler of an
            // escaping exception closes the socket instead, which is the abrupt end we want.
            aborted = true;
            throw abort;
        } catch (IOException | InterruptedException e) {
            // The client went away or the provider is closing; nothing to answer.
        } catch (RuntimeException e) {
            try {
                sendJson(ex, 500, openAiError("Demo provider bug: " + e, "server_error", null), Map.of());
            } catch (IOException ignored) {
                // client gone
            }
        } finally {
            if (!aborted) {
                ex.close();
            }
        }
    }

    private void serve(HttpExchange ex) throws IOException, InterruptedException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String body = readBody(ex.getRequestBody());
        if (path.equals(CONTROL_PATH) || path.startsWith(CONTROL_PATH + "/")) {
            control(ex, method, path, body);
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
            headers.put(h.getKey().toLowerCase(), new ArrayList<>(h.getValue()));
        }
        log.add(new RecordedRequest(method, path, ex.getRequestURI().getRawQuery(), headers, body));

        if (rejectsOrigin(method, ex.getRequestHeaders().getFirst("Origin"))) {
            // Ollama's answer to an origin it does not allow: no CORS headers, no body.
            ex.sendResponseHeaders(403, -1);
            return;
        }
        if (method.equals("OPTIONS")) {
            preflight(ex);
            return;
        }
        String authFailure = authFailure(ex);
        if (authFailure != null) {
            sendJson(ex, 401, openAiError(authFailure, "invalid_request_error", "invalid_api_key"), Map.of());
            return;
        }
        Target route = Target.ofPath(path);
        Map<Fault.Type, Fault> plan = faults.consume(route);
        Fault delay = plan.get(Fault.Type.DELAY_HEADERS);
        if (delay != null) {
            Thread.sleep(delay.ms);
        }
        Fault respond = plan.get(Fault.Type.RESPOND);
        if (respond != null) {
            send(ex, respond.status, respond.contentType, respond.headers, bytes(respond.body));
            return;
        }
        if (route == Target.MODELS && method.equals("GET")) {
            serveModels(ex, path, plan);
        } else if (route == Target.CHAT && method.equals("POST")) {
            serveChat(ex, body, plan);
        } else {
            sendJson(ex, 404, openAiError("The demo provider has no " + method + " " + path + ".",
                    "invalid_request_error", "unknown_url"), Map.of());
        }
    }

    private boolean rejectsOrigin(String method, String origin) {
        Faults.OriginRule rule = faults.originRule();
        if (rule == Faults.OriginRule.OFF || origin == null) {
            return false;
        }
        boolean extension = false;
        for (String scheme : EXTENSION_SCHEMES) {
            extension |= origin.startsWith(scheme);
        }
        return extension && (rule == Faults.OriginRule.ALL || method.equals("POST"));
    }

    private void preflight(HttpExchange ex) throws IOException {
        if (faults.cors()) {
            String requested = ex.getRequestHeaders().getFirst("Access-Control-Request-Headers");
            ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ex.getResponseHeaders().set("Access-Control-Allow-Headers",
                    requested != null && !requested.isEmpty() ? requested : ALLOWED_HEADERS);
            // No caching, so a test that switches CORS off sees the change on the next request.
            ex.getResponseHeaders().set("Access-Control-Max-Age", "0");
        }
        ex.sendResponseHeaders(204, -1);
    }

    private String authFailure(HttpExchange ex) {
        String name = faults.authHeader();
        if (name == null) {
            return null;
        }
        String sent = ex.getRequestHeaders().getFirst(name);
        if (sent == null || sent.isEmpty()) {
            return "No API key was sent. Send it in the " + name + " header.";
        }
        return sent.equals(faults.authValue()) ? null : "Incorrect API key provided. Check the key for this provider.";
    }

    private void serveModels(HttpExchange ex, String path, Map<Fault.Type, Fault> plan)
            throws IOException, InterruptedException {
        Content.Shape shape = content.shape();
        if (path.endsWith("/api/tags") && shape == Content.Shape.OPENAI) {
            shape = Content.Shape.OLLAMA_TAGS;
        }
        List<byte[]> pieces = new ArrayList<>();
        Fault huge = plan.get(Fault.Type.HUGE_MODELS);
        String fixture = content.modelsFixture();
        if (plan.containsKey(Fault.Type.EMPTY_MODELS)) {
            pieces.add(bytes(ModelLists.body(List.of(), fixture == null ? shape : Content.Shape.OPENAI)));
        } else if (huge != null) {
            for (String p : ModelLists.hugeBodyPieces(huge.megabytes)) {
                pieces.add(bytes(p));
            }
        } else if (fixture != null) {
            pieces.add(Fixtures.bytes("models/" + fixture));
        } else {
            int n = content.generatedModels();
            pieces.add(bytes(ModelLists.body(n > 0 ? ModelLists.generatedIds(n) : ModelLists.DEMO_IDS, shape)));
        }
        boolean streamed = pieces.size() > 1 || plan.containsKey(Fault.Type.STALL)
                || plan.containsKey(Fault.Type.DISCONNECT) || plan.containsKey(Fault.Type.SLOW_CHUNKS);
        if (!streamed) {
            send(ex, 200, "application/json", Map.of(), pieces.get(0));
            return;
        }
        if (pieces.size() == 1) {
            pieces = split(pieces.get(0), 8192);
        }
        stream(ex, "application/json", pieces, plan, 0);
    }

    private void serveChat(HttpExchange ex, String body, Map<Fault.Type, Fault> plan)
            throws IOException, InterruptedException {
        Json request = JsonParser.tryParse(body);
        if (request == null || !request.isObject()) {
            sendJson(ex, 400, openAiError("The request body is not a JSON object.", "invalid_request_error", null), Map.of());
            return;
        }
        boolean wantsStream = request.get("stream").asBoolean(false) && !plan.containsKey(Fault.Type.NON_STREAMING);
        if (!wantsStream) {
            String fixture = content.chatFixture();
            byte[] answer = fixture != null ? Fixtures.bytes("chat/" + fixture) : bytes(new DemoReply(request).completionJson());
            send(ex, 200, "application/json", Map.of(), answer);
            return;
        }
        String fixture = content.streamFixture();
        List<byte[]> pieces;
        String contentType = "text/event-stream; charset=utf-8";
        long perChunkDelay = 0;
        if (fixture != null) {
            byte[] all = Fixtures.bytes("streams/" + fixture);
            if (fixture.endsWith(".ndjson")) {
                pieces = StreamEvents.lines(all);
                contentType = "application/x-ndjson";
            } else {
                pieces = StreamEvents.sse(all);
            }
        } else {
            pieces = new ArrayList<>();
            for (String payload : new DemoReply(request).streamPayloads()) {
                pieces.add(bytes("data: " + payload + "\n\n"));
            }
            pieces.add(bytes("data: [DONE]\n\n"));
            perChunkDelay = content.wordDelayMs();
        }
        if (plan.containsKey(Fault.Type.NO_DONE) || plan.containsKey(Fault.Type.ERROR_MID_STREAM)) {
            pieces.removeIf(StreamEvents::isDone);
        }
        Fault midError = plan.get(Fault.Type.ERROR_MID_STREAM);
        if (midError != null) {
            List<byte[]> cut = new ArrayList<>(pieces.subList(0, Math.min(midError.afterChunks, pieces.size())));
            cut.add(bytes("data: " + midError.errorEvent + "\n\n"));
            pieces = cut;
        }
        stream(ex, contentType, pieces, plan, perChunkDelay);
    }

    /** Sends pieces as separate chunks (write + flush each), applying the stream faults of the plan. */
    private void stream(HttpExchange ex, String contentType, List<byte[]> pieces, Map<Fault.Type, Fault> plan,
            long defaultDelayMs) throws IOException, InterruptedException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        addCommonHeaders(ex);
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        if (plan.containsKey(Fault.Type.OPENROUTER_COMMENT)) {
            out.write(bytes(": OPENROUTER PROCESSING\n\n"));
            out.flush();
        }
        Fault stall = plan.get(Fault.Type.STALL);
        Fault disconnect = plan.get(Fault.Type.DISCONNECT);
        Fault slow = plan.get(Fault.Type.SLOW_CHUNKS);
        long delay = slow != null ? slow.ms : defaultDelayMs;
        for (int i = 0; i <= pieces.size(); i++) {
            if (stall != null && stall.afterChunks == i) {
                waitForRelease(stall.ms);
            }
            if (disconnect != null && disconnect.afterChunks == i) {
                throw new AbortConnection();
            }
            if (i == pieces.size()) {
                break;
            }
            if (delay > 0) {
                Thread.sleep(delay);
            }
            out.write(pieces.get(i));
            out.flush();
        }
        out.close();
    }

    /** Holds a stalled stream until {@code ms} passes (0 = no limit), the faults are reset or the provider closes. */
    private void waitForRelease(long ms) throws InterruptedException {
        long deadline = ms > 0 ? System.currentTimeMillis() + ms : Long.MAX_VALUE;
        synchronized (stallLock) {
            long generation = stallGeneration;
            while (generation == stallGeneration && !closed) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                stallLock.wait(Math.min(left, 1000));
            }
        }
        if (closed) {
            throw new AbortConnection();
        }
    }

    private void releaseStalls() {
        synchronized (stallLock) {
            stallGeneration++;
            stallLock.notifyAll();
        }
    }

    // ---------------------------------------------------------------- control endpoint

    private void control(HttpExchange ex, String method, String path, String body) throws IOException {
        ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        ex.getResponseHeaders().set("Access-Control-Allow-Headers", "content-type");
        if (method.equals("OPTIONS")) {
            ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ex.sendResponseHeaders(204, -1);
            return;
        }
        String sub = path.substring(CONTROL_PATH.length());
        try {
            if (method.equals("POST") && sub.equals("/reset")) {
                reset();
            } else if (method.equals("GET") && sub.equals("/requests")) {
                send(ex, 200, "application/json", Map.of(), bytes(log.toJson()));
                return;
            } else if (method.equals("POST") && sub.isEmpty()) {
                ControlCommand.apply(body, this);
            } else {
                sendJson(ex, 404, "{\"ok\":false,\"error\":\"Use POST /__control, POST /__control/reset or GET /__control/requests\"}", Map.of());
                return;
            }
        } catch (IllegalArgumentException e) {
            sendJson(ex, 400, "{\"ok\":false,\"error\":" + dev.modeldeck.core.json.JsonWriter.quote(e.getMessage()) + "}", Map.of());
            return;
        }
        sendJson(ex, 200, "{\"ok\":true}", Map.of());
    }

    // ---------------------------------------------------------------- small helpers

    private void addCommonHeaders(HttpExchange ex) {
        ex.getResponseHeaders().set("x-request-id", "req_demo_" + requestIds.incrementAndGet());
        if (faults.cors()) {
            ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            // "*" covers non-credentialed fetches; the names cover credentialed ones.
            ex.getResponseHeaders().set("Access-Control-Expose-Headers", "*, retry-after, x-request-id, apim-request-id");
        }
    }

    private void sendJson(HttpExchange ex, int status, String json, Map<String, String> headers) throws IOException {
        send(ex, status, "application/json", headers, bytes(json));
    }

    private void send(HttpExchange ex, int status, String contentType, Map<String, String> headers, byte[] body)
            throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        addCommonHeaders(ex);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            ex.getResponseHeaders().set(h.getKey(), h.getValue());
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String openAiError(String message, String type, String code) {
        return "{\"error\":{\"message\":" + dev.modeldeck.core.json.JsonWriter.quote(message) + ",\"type\":\""
                + type + "\",\"param\":null,\"code\":" + (code == null ? "null" : "\"" + code + "\"") + "}}";
    }

    private static List<byte[]> split(byte[] all, int size) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < all.length; i += size) {
            out.add(java.util.Arrays.copyOfRange(all, i, Math.min(all.length, i + size)));
        }
        return out;
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- standalone demo

    /** {@code --port 8765} (default 8765; 0 = any), {@code --demo} (visible word-by-word streaming), {@code --fixtures DIR}. */
    public static void main(String[] args) throws Exception {
        int port = 8765;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port": port = Integer.parseInt(args[++i]); break;
                case "--demo": demo = true; break;
                case "--fixtures": System.setProperty("modeldeck.fixtures", args[++i]); break;
                default:
                    System.err.println("Usage: TestProvider [--port N] [--demo] [--fixtures DIR]");
                    System.exit(2);
            }
        }
        TestProvider provider = start(port);
        if (demo) {
            provider.content.defaultWordDelayMs(40);
        }
        System.out.println("ModelDeck demo provider: " + provider.baseUrl() + "  (any API key; Ctrl+C to stop)");
        System.out.println("Control endpoint: " + provider.controlUrl());
        Thread.currentThread().join();
    }
}
