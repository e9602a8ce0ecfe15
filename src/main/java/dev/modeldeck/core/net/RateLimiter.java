package dev.modeldeck.core.net;

import java.util.List;

/**
 * One provider's client-side request budget: a token bucket refilled at requests-per-minute
 * (burst up to one minute's worth; null or 0 turns the bucket off), plus a block set by the
 * server's own headers: when {@code x-ratelimit-remaining-requests} reaches 0 we hold requests until
 * {@code x-ratelimit-reset-requests} has passed, whether or not the bucket is on. Thread-safe;
 * one instance per provider is shared by discovery, connection tests and chat (see {@link RateLimiters}).
 */
public final class RateLimiter {
    private long requestsPerMinute;
    private double tokens;
    private long lastRefill;
    private boolean started;
    private long blockedUntil;

    /** @param requestsPerMinute null or 0 = no client-side limit */
    public RateLimiter(Long requestsPerMinute) {
        setRequestsPerMinute(requestsPerMinute);
    }

    /** Changes the limit (the user edited the setting); the bucket starts full at the new size. */
    public synchronized void setRequestsPerMinute(Long rpm) {
        long v = rpm == null || rpm < 0 ? 0 : rpm;
        if (v != requestsPerMinute || !started) {
            requestsPerMinute = v;
            tokens = v;
        }
    }

    public synchronized long requestsPerMinute() { return requestsPerMinute; }

    /**
     * Takes one request slot and returns how long to wait before sending (0 = now). The slot is
     * reserved even when a wait is needed, so concurrent callers queue in order; give it back with
     * {@link #release} if the request is abandoned while waiting.
     */
    public synchronized long reserve(long nowMillis) {
        long wait = Math.max(0, blockedUntil - nowMillis);
        if (requestsPerMinute <= 0) {
            return wait;
        }
        refill(nowMillis);
        tokens -= 1;
        if (tokens < 0) {
            double perMs = requestsPerMinute / 60_000.0;
            wait = Math.max(wait, (long) Math.ceil(-tokens / perMs));
        }
        return wait;
    }

    /** Returns a slot taken by {@link #reserve} for a request that was never sent. */
    public synchronized void release() {
        if (requestsPerMinute > 0) {
            tokens = Math.min(requestsPerMinute, tokens + 1);
        }
    }

    /** Learns from a response's rate-limit headers. */
    public synchronized void update(List<Header> headers, long nowMillis) {
        String remaining = Headers.first(headers, "x-ratelimit-remaining-requests");
        if (remaining == null) {
            return;
        }
        double left = Durations.number(remaining);
        if (Double.isNaN(left) || left >= 1) {
            return;
        }
        long reset = Durations.parse(Headers.first(headers, "x-ratelimit-reset-requests"));
        if (reset > 0) {
            blockedUntil = Math.max(blockedUntil, nowMillis + reset);
        }
    }

    /** Until when the server's headers told us to hold requests (0 when never). */
    public synchronized long blockedUntil() { return blockedUntil; }

    private void refill(long now) {
        if (!started) {
            started = true;
            lastRefill = now;
            return;
        }
        long elapsed = now - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(requestsPerMinute, tokens + elapsed * (requestsPerMinute / 60_000.0));
            lastRefill = now;
        }
    }
}
