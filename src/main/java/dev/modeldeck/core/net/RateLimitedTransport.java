package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.time.Clock;

/** Holds each request until the provider's {@link RateLimiter} allows it, and feeds the limiter the response headers. */
public final class RateLimitedTransport implements HttpTransport {
    private final HttpTransport next;
    private final RateLimiter limiter;
    private final String providerName;
    private final Clock clock;
    private final WaitListener listener;

    public RateLimitedTransport(HttpTransport next, RateLimiter limiter, String providerName, Clock clock,
                                WaitListener listener) {
        this.next = next;
        this.limiter = limiter;
        this.providerName = providerName;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        Cancellation cancel = request.cancellation();
        cancel.throwIfCancelled();
        long wait = limiter.reserve(clock.nowMillis());
        if (wait > 0) {
            if (listener != null) {
                listener.onWait(I18n.t("net_waiting_rate_limit", Durations.describe(wait), providerName),
                        wait);
            }
            try {
                CancellableSleep.sleep(clock, wait, cancel);
            } catch (NetException e) {
                limiter.release();
                throw e;
            }
        }
        HttpResponse response = next.send(request);
        limiter.update(response.headers(), clock.nowMillis());
        return response;
    }
}
