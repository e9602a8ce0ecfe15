package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.time.Clock;

/**
 * Records every attempt's outcome and latency (until headers) in the provider's {@link HealthTracker}
 * and applies its {@link CircuitBreaker}. Error bodies are read here (they are small) to learn the
 * failure kind, and the response is passed on with the same body. Successful bodies are not
 * touched; a stream that breaks later is the caller's to report.
 */
public final class HealthTransport implements HttpTransport {
    private final HttpTransport next;
    private final HealthTracker tracker;
    private final CircuitBreaker breaker;
    private final Clock clock;

    /** @param tracker may be null; @param breaker may be null */
    public HealthTransport(HttpTransport next, HealthTracker tracker, CircuitBreaker breaker, Clock clock) {
        this.next = next;
        this.tracker = tracker;
        this.breaker = breaker;
        this.clock = clock;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        request.cancellation().throwIfCancelled();
        if (breaker != null) {
            try {
                breaker.acquire();
            } catch (NetException paused) {
                throw withLastFailure(paused);
            }
        }
        long start = clock.nowMillis();
        HttpResponse response;
        try {
            response = next.send(request);
        } catch (NetException e) {
            long now = clock.nowMillis();
            NetException.Kind kind = request.cancellation().isCancelled() ? NetException.Kind.CANCELLED : e.kind();
            if (tracker != null && kind != NetException.Kind.CANCELLED) {
                tracker.recordFailure(now, now - start, kind, e.getMessage());
            }
            if (breaker != null) {
                breaker.record(kind);
            }
            throw e;
        } catch (RuntimeException e) {
            if (breaker != null) {
                breaker.record(NetException.Kind.CANCELLED); // frees a half-open probe slot
            }
            throw e;
        }
        long now = clock.nowMillis();
        long latency = now - start;
        if (response.status() < 400) {
            if (tracker != null) {
                tracker.recordSuccess(now, latency);
            }
            if (breaker != null) {
                breaker.record(null);
            }
            return response;
        }
        BufferedResponse buffered = BufferedResponse.of(response);
        NetException c = ErrorClassifier.classify(buffered.status(), buffered.headers(), buffered.body(),
                Headers.secretsOf(request), now);
        if (tracker != null) {
            tracker.recordFailure(now, latency, c.kind(), c.getMessage());
        }
        if (breaker != null) {
            breaker.record(c.kind());
        }
        return buffered;
    }

    /** "Paused" alone hides the cause: add the failure that led to it, as health remembers it. */
    private NetException withLastFailure(NetException paused) {
        HealthTracker.LastError last = tracker == null ? null : tracker.lastError();
        if (last == null || last.message() == null) {
            return paused;
        }
        return new NetException(paused.kind(), paused.getMessage() + " " + I18n.t("net_last_failure", last.message()))
            .withRetryAfterMs(paused.retryAfterMs());
    }
}
