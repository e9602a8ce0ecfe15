package dev.modeldeck.core.net;

import dev.modeldeck.core.time.Clock;

/** Builds a provider's decorator stack in the one order the architecture fixes. */
public final class Transports {
    private Transports() { }

    /**
     * rate limiter → retry → health/breaker → {@code base}. The limiter sees each user request once;
     * retries happen inside it; every attempt is recorded by health and gated by the breaker.
     * Any null part leaves its layer out. The shared per-provider state (limiter, tracker,
     * breaker) must be the provider's single instances so all callers see the same budget and health.
     */
    public static HttpTransport chain(HttpTransport base, String providerName, RateLimiter limiter,
                                      RetryPolicy retry, HealthTracker health, CircuitBreaker breaker,
                                      Clock clock, WaitListener listener) {
        HttpTransport t = base;
        if (health != null || breaker != null) {
            t = new HealthTransport(t, health, breaker, clock);
        }
        if (retry != null) {
            t = new RetryingTransport(t, retry, clock, listener);
        }
        if (limiter != null) {
            t = new RateLimitedTransport(t, limiter, providerName, clock, listener);
        }
        return t;
    }
}
