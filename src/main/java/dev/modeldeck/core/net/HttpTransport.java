package dev.modeldeck.core.net;

/**
 * The one port through which requests leave ModelDeck. Browser: fetch + AbortController +
 * ReadableStream. JVM (tests): java.net.http. Decorators (retry, rate limit, health) wrap it.
 */
public interface HttpTransport {
    /**
     * Sends the request and blocks until the status and headers arrive. Throws {@link NetException}
     * of kind NETWORK, TIMEOUT or CANCELLED when no response arrives; HTTP error statuses are
     * returned, not thrown.
     */
    HttpResponse send(HttpRequest request) throws NetException;
}
