package dev.modeldeck.jvm;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.NetException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A java.net.http response whose body is read as it arrives. The body publisher pushes each piece
 * into a queue as soon as the socket yields it (no demand limit), and {@link #readChunk()} waits at
 * most the idle timeout for the next one. Subscribing directly, rather than reading
 * {@code BodyHandlers.ofInputStream()}, keeps every byte that arrived before a connection broke:
 * that stream discards buffered data once it sees the failure.
 */
final class JdkHttpResponse implements HttpResponse {
    /** What the publisher hands over: bytes, the end, a failure, or a cancel. */
    private static final class Piece {
        final byte[] bytes;
        final Throwable failure;
        final boolean cancelled;

        Piece(byte[] bytes, Throwable failure, boolean cancelled) {
            this.bytes = bytes;
            this.failure = failure;
            this.cancelled = cancelled;
        }
    }

    private static final Piece END = new Piece(null, null, false);
    private static final Piece CANCEL = new Piece(null, null, true);

    private final java.net.http.HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
    private final List<Header> headers;
    private final long idleTimeoutMs;
    private final Cancellation cancellation;
    private final String host;
    private final BlockingQueue<Piece> queue = new LinkedBlockingQueue<>();
    private final Utf8ChunkDecoder decoder = new Utf8ChunkDecoder();
    private final Runnable onCancel;
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private boolean finished;

    JdkHttpResponse(java.net.http.HttpResponse<Flow.Publisher<List<ByteBuffer>>> response, long idleTimeoutMs,
            Cancellation cancellation, String host) {
        this.response = response;
        this.idleTimeoutMs = idleTimeoutMs;
        this.cancellation = cancellation;
        this.host = host;
        List<Header> list = new ArrayList<>();
        for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
            for (String v : h.getValue()) {
                list.add(new Header(h.getKey(), v));
            }
        }
        this.headers = Collections.unmodifiableList(list);
        this.onCancel = () -> {
            queue.offer(CANCEL);
            cancelBody();
        };
        cancellation.onCancel(onCancel);
        response.body().subscribe(new Flow.Subscriber<List<ByteBuffer>>() {
            @Override public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                if (closed) {
                    s.cancel();
                } else {
                    s.request(Long.MAX_VALUE);
                }
            }

            @Override public void onNext(List<ByteBuffer> buffers) {
                int size = 0;
                for (ByteBuffer b : buffers) {
                    size += b.remaining();
                }
                byte[] bytes = new byte[size];
                int at = 0;
                for (ByteBuffer b : buffers) {
                    int n = b.remaining();
                    b.get(bytes, at, n);
                    at += n;
                }
                if (size > 0) {
                    queue.offer(new Piece(bytes, null, false));
                }
            }

            @Override public void onError(Throwable t) { queue.offer(new Piece(null, t, false)); }

            @Override public void onComplete() { queue.offer(END); }
        });
    }

    @Override public int status() { return response.statusCode(); }

    @Override
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Override public List<Header> headers() { return headers; }

    @Override public String finalUrl() { return response.uri().toString(); }

    @Override
    public String readChunk() throws NetException {
        while (true) {
            if (finished) {
                return null;
            }
            if (cancellation.isCancelled()) {
                close();
                throw NetException.cancelled();
            }
            if (closed) {
                throw new NetException(NetException.Kind.CANCELLED, "The response was closed before it was read.");
            }
            Piece p;
            try {
                p = queue.poll(idleTimeoutMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw NetException.cancelled();
            }
            if (p == null) {
                close();
                throw new NetException(NetException.Kind.TIMEOUT_IDLE, host + " sent nothing for "
                        + idleTimeoutMs + " ms in the middle of its answer, so ModelDeck stopped waiting. Try again.");
            }
            if (p.cancelled) {
                close();
                throw NetException.cancelled();
            }
            if (p.failure != null) {
                close();
                throw new NetException(NetException.Kind.NETWORK, "The connection to " + host
                        + " broke before the answer was complete. Try again.");
            }
            if (p == END) {
                finished = true;
                cancellation.removeListener(onCancel);
                String tail = decoder.finish();
                if (!tail.isEmpty()) {
                    return tail;
                }
                return null;
            }
            String text = decoder.decode(p.bytes, 0, p.bytes.length);
            if (!text.isEmpty()) {
                return text;
            }
            // Only part of a character so far: wait for the rest.
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancellation.removeListener(onCancel);
        cancelBody();
    }

    /** Cancelling the subscription makes java.net.http drop the connection. */
    private void cancelBody() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
