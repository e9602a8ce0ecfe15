package dev.modeldeck.jvm;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.RecordedRequest;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testprovider.TestProvider;
import dev.modeldeck.testprovider.TestProviderExtension;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestProviderExtension.class)
class JdkHttpTransportTest {
    static final String CHAT = "{\"model\":\"demo-chat\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static TestProvider provider;
    final JdkHttpTransport transport = new JdkHttpTransport();

    @BeforeAll
    static void remember(TestProvider started) {
        provider = started;
    }

    String chatUrl() { return provider.baseUrl() + "/chat/completions"; }

    static long msSince(long startNanos) { return (System.nanoTime() - startNanos) / 1_000_000; }

    /** Reads until the stream fails; returns what arrived before the failure, which is rethrown via {@code failure[0]}. */
    static String readUntilFailure(HttpResponse r, NetException[] failure) {
        StringBuilder sb = new StringBuilder();
        try {
            String c;
            while ((c = r.readChunk()) != null) {
                sb.append(c);
            }
        } catch (NetException e) {
            failure[0] = e;
        }
        return sb.toString();
    }

    static void later(long ms, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                return;
            }
            r.run();
        });
        t.setDaemon(true);
        t.start();
    }

    @Test
    void slowHeadersFailWithHeadersTimeout() {
        provider.faults().add(Fault.delayHeaders(3000));
        long start = System.nanoTime();
        NetException e = assertThrows(NetException.class,
                () -> transport.send(HttpRequest.get(provider.baseUrl() + "/models").headersTimeoutMs(250).build()));
        assertEquals(NetException.Kind.TIMEOUT_HEADERS, e.kind());
        assertTrue(msSince(start) < 2000, "gave up after the timeout, not after the delay");
    }

    @Test
    void stallMidStreamFailsWithIdleTimeoutAfterPartialChunks() throws Exception {
        provider.faults().add(Fault.stallAfter(3));
        HttpResponse r = transport.send(HttpRequest.post(chatUrl(), CHAT).idleTimeoutMs(300).build());
        assertEquals(200, r.status());
        NetException[] failure = new NetException[1];
        long start = System.nanoTime();
        String partial = readUntilFailure(r, failure);
        assertNotNull(failure[0]);
        assertEquals(NetException.Kind.TIMEOUT_IDLE, failure[0].kind());
        assertEquals(3, partial.split("\n\n").length, "three events arrived before the stall: " + partial);
        assertTrue(msSince(start) >= 280 && msSince(start) < 2500);
    }

    @Test
    void disconnectMidStreamFailsAsNetworkErrorAfterPartialChunks() throws Exception {
        provider.faults().add(Fault.disconnectAfter(4));
        HttpResponse r = transport.send(HttpRequest.post(chatUrl(), CHAT).idleTimeoutMs(3000).build());
        NetException[] failure = new NetException[1];
        String partial = readUntilFailure(r, failure);
        assertNotNull(failure[0], "an unfinished body must not look like a clean end");
        assertTrue(failure[0].kind() == NetException.Kind.NETWORK || failure[0].kind() == NetException.Kind.PROTOCOL);
        assertEquals(4, partial.split("\n\n").length, partial);
        assertFalse(partial.contains("[DONE]"));
    }

    @Test
    void refusedConnectionIsNetworkError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        NetException e = assertThrows(NetException.class,
                () -> transport.send(HttpRequest.get("http://127.0.0.1:" + port + "/v1/models").headersTimeoutMs(2000).build()));
        assertEquals(NetException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port));
    }

    @Test
    void cancelWhileWaitingForHeadersAbortsQuickly() {
        provider.faults().add(Fault.delayHeaders(3000));
        Cancellation c = new Cancellation();
        later(100, c::cancel);
        long start = System.nanoTime();
        NetException e = assertThrows(NetException.class,
                () -> transport.send(HttpRequest.get(provider.baseUrl() + "/models").cancellation(c).build()));
        assertEquals(NetException.Kind.CANCELLED, e.kind());
        assertTrue(msSince(start) < 2000);
    }

    @Test
    void cancelMidStreamAbortsTheRead() throws Exception {
        provider.faults().add(Fault.stallAfter(2));
        Cancellation c = new Cancellation();
        HttpResponse r = transport.send(HttpRequest.post(chatUrl(), CHAT).idleTimeoutMs(5000).cancellation(c).build());
        later(150, c::cancel);
        NetException[] failure = new NetException[1];
        long start = System.nanoTime();
        readUntilFailure(r, failure);
        assertEquals(NetException.Kind.CANCELLED, failure[0].kind());
        assertTrue(msSince(start) < 2000);
    }

    @Test
    void alreadyCancelledRequestIsNeverSent() {
        Cancellation c = new Cancellation();
        c.cancel();
        NetException e = assertThrows(NetException.class,
                () -> transport.send(HttpRequest.get(provider.baseUrl() + "/models").cancellation(c).build()));
        assertEquals(NetException.Kind.CANCELLED, e.kind());
        assertEquals(0, provider.requests().all().size());
    }

    @Test
    void errorStatusesAreReturnedWithTheirBody() throws Exception {
        provider.faults().add(Fault.status(429, "{\"error\":{\"message\":\"later\"}}").header("Retry-After", "2"));
        HttpResponse r = transport.send(HttpRequest.get(provider.baseUrl() + "/models").build());
        assertEquals(429, r.status());
        assertFalse(r.ok());
        assertEquals("2", r.header("Retry-After"));
        assertTrue(r.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("retry-after") && h.value().equals("2")));
        assertEquals("{\"error\":{\"message\":\"later\"}}", r.readAll(10_000));
    }

    @Test
    void redirectIsReturnedAndTheKeyNeverReachesTheOtherOrigin() throws Exception {
        try (TestProvider other = TestProvider.start(0)) {
            provider.faults().add(Fault.status(307).header("Location", other.baseUrl() + "/models"));
            HttpResponse r = transport.send(HttpRequest.get(provider.baseUrl() + "/models")
                    .header("Authorization", "Bearer sk-secret").build());
            assertEquals(307, r.status());
            assertEquals(other.baseUrl() + "/models", r.header("location"));
            assertEquals(provider.baseUrl() + "/models", r.finalUrl());
            r.close();
            assertEquals(0, other.requests().all().size());
        }
    }

    @Test
    void restrictedHeadersAreSkippedAndOriginIsSent() throws Exception {
        HttpResponse r = transport.send(HttpRequest.get(provider.baseUrl() + "/models")
                .header("Host", "evil.example")
                .header("Connection", "close")
                .header("Content-Length", "99")
                .header("Origin", "chrome-extension://abcdefghijklmnop")
                .header("api-key", "k1").build());
        assertEquals(200, r.status());
        r.readAll(100_000);
        RecordedRequest seen = provider.requests().last();
        assertEquals("chrome-extension://abcdefghijklmnop", seen.header("Origin"));
        assertEquals("127.0.0.1:" + provider.port(), seen.header("Host"));
        assertEquals("k1", seen.header("api-key"));
    }

    @Test
    void explicitOriginTriggersTheOllamaStyle403() throws Exception {
        provider.faults().rejectExtensionOrigin(dev.modeldeck.testprovider.Faults.OriginRule.POST);
        HttpResponse r = transport.send(HttpRequest.post(chatUrl(), CHAT).header("Origin", "chrome-extension://abc").build());
        assertEquals(403, r.status());
        assertEquals("", r.readAll(1000));
        assertEquals(1, provider.requests().count(Target.CHAT));
    }

    @Test
    void multibyteCharactersSplitAcrossWritesDecodeIntact() throws Exception {
        String text = "h\u00e9llo w\u00f6rld \u4e16\u754c \ud83c\udf89 \u0394\u03b5\u03bb\u03c4\u03b1 end";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (byte b : bytes) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(3);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        try {
            HttpResponse r = transport.send(HttpRequest.get("http://127.0.0.1:" + server.getAddress().getPort() + "/").build());
            List<String> chunks = new ArrayList<>();
            String c;
            while ((c = r.readChunk()) != null) {
                chunks.add(c);
                assertFalse(c.contains("\ufffd"), "no broken character in " + chunks);
            }
            assertEquals(text, String.join("", chunks));
            assertTrue(chunks.size() > 5, "the body really arrived in pieces: " + chunks.size());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void decoderKeepsPartialSequencesAtEverySplitPoint() {
        String text = "a\u00e9\u4e16\ud83c\udf89z";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            Utf8ChunkDecoder d = new Utf8ChunkDecoder();
            String joined = d.decode(bytes, 0, cut) + d.decode(bytes, cut, bytes.length - cut) + d.finish();
            assertEquals(text, joined, "cut at byte " + cut);
        }
    }

    @Test
    void decoderTurnsATruncatedCharacterIntoReplacementAtTheEnd() {
        byte[] bytes = "ok\u4e16".getBytes(StandardCharsets.UTF_8);
        Utf8ChunkDecoder d = new Utf8ChunkDecoder();
        assertEquals("ok", d.decode(bytes, 0, bytes.length - 1));
        assertEquals("\ufffd", d.finish());
    }
}
