package dev.modeldeck.jvm;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The JVM's {@link HttpTransport} (tests and tools), over java.net.http with HTTP/1.1. Redirects are
 * returned, never followed: a credential must not travel to another origin behind the caller's back.
 * Headers java.net.http refuses to set (Connection, Host, Content-Length, …) are skipped; it does
 * let a caller set Origin, which tests use to act like an extension page.
 */
public final class JdkHttpTransport implements HttpTransport {
    private final HttpClient client;

    public JdkHttpTransport() {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        Cancellation cancellation = request.cancellation();
        cancellation.throwIfCancelled();
        URI uri;
        try {
            uri = URI.create(request.url());
        } catch (IllegalArgumentException e) {
            throw new NetException(NetException.Kind.BAD_REQUEST, "The address is not a valid URL. Check the base URL.");
        }
        String host = uri.getHost() == null ? "the provider" : uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(uri);
        for (Header h : request.headers()) {
            try {
                b.header(h.name(), h.value());
            } catch (IllegalArgumentException restricted) {
                // A header only the HTTP stack may set (Host, Connection, Content-Length …): leave it to the stack.
            }
        }
        b.method(request.method(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));

        CompletableFuture<java.net.http.HttpResponse<Flow.Publisher<List<ByteBuffer>>>> future =
                client.sendAsync(b.build(), java.net.http.HttpResponse.BodyHandlers.ofPublisher());
        Runnable abort = () -> future.cancel(true);
        cancellation.onCancel(abort);
        java.net.http.HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        try {
            response = future.get(request.headersTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new NetException(NetException.Kind.TIMEOUT_HEADERS, host + " did not answer within "
                    + request.headersTimeoutMs() + " ms. It may be busy or loading a model; try again.");
        } catch (CancellationException e) {
            throw NetException.cancelled();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw NetException.cancelled();
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                throw NetException.cancelled();
            }
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new NetException(NetException.Kind.TIMEOUT_HEADERS, host + " did not answer in time. Try again.");
            }
            throw new NetException(NetException.Kind.NETWORK, "Could not reach " + host
                    + ". Check that the server is running and the base URL is right.");
        } finally {
            cancellation.removeListener(abort);
        }
        if (cancellation.isCancelled()) {
            closeQuietly(response);
            throw NetException.cancelled();
        }
        return new JdkHttpResponse(response, request.idleTimeoutMs(), cancellation, host);
    }

    /** Subscribing and cancelling at once is how a publisher body is released. */
    private static void closeQuietly(java.net.http.HttpResponse<Flow.Publisher<List<ByteBuffer>>> response) {
        response.body().subscribe(new Flow.Subscriber<List<ByteBuffer>>() {
            @Override public void onSubscribe(Flow.Subscription s) { s.cancel(); }
            @Override public void onNext(List<ByteBuffer> item) { }
            @Override public void onError(Throwable t) { }
            @Override public void onComplete() { }
        });
    }
}
