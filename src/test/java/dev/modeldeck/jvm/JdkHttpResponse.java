package dev.modeldeck.jvm;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.NetException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A java.net.http response whose body is read as it arrives. A daemon thread blocks on the socket
 * and hands each piece to {@link #readChunk()}, which waits at most the idle timeout for it; that
 * keeps the timeout independent of how java.net.http blocks.
 */
final class JdkHttpResponse implements HttpResponse {
    /** What the reader thread hands over: bytes, the end, a failure, or a cancel. */
    private static final class Piece {
        final byte[] bytes;
        final int length;
        final IOException failure;
        final boolean cancelled;

        Piece(byte[] bytes, int length, IOException failure, boolean cancelled) {
            this.bytes = bytes;
            this.length = length;
            this.failure = failure;
            this.cancelled = cancelled;
        }
    }

    private static final Piece END = new Piece(null, -1, null, false);
    private static final Piece CANCEL = new Piece(null, -1, null, true);

    private final java.net.http.HttpResponse<InputStream> response;
    private final List<Header> headers;
    private final long idleTimeoutMs;
    private final Cancellation cancellation;
    private final String host;
    private final BlockingQueue<Piece> queue = new LinkedBlockingQueue<>();
    private final Utf8ChunkDecoder decoder = new Utf8ChunkDecoder();
    private final Runnable onCancel;
    private volatile boolean closed;
    private boolean finished;

    JdkHttpResponse(java.net.http.HttpResponse<InputStream> response, long idleTimeoutMs, Cancellation cancellation,
            String host) {
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
            closeStream();
        };
        cancellation.onCancel(onCancel);
        Thread reader = new Thread(this::pump, "jdk-http-body-" + host);
        reader.setDaemon(true);
        reader.start();
    }

    /** Reader thread: copies the body into the queue until the end, a failure or close. */
    private void pump() {
        InputStream in = response.body();
        try {
            while (!closed) {
                byte[] buf = new byte[8192];
                int n = in.read(buf);
                if (n < 0) {
                    queue.offer(END);
                    return;
                }
                if (n > 0) {
                    queue.offer(new Piece(buf, n, null, false));
                }
            }
        } catch (IOException e) {
            queue.offer(new Piece(null, -1, e, false));
        }
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
            String text = decoder.decode(p.bytes, 0, p.length);
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
        closeStream();
    }

    private void closeStream() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Already broken; nothing more to release.
        }
    }
}
