package dev.modeldeck.core.net;

import java.util.HashMap;
import java.util.Map;

/** The one {@link RateLimiter} per provider id, so discovery, tests and chat draw on the same budget. */
public final class RateLimiters {
    private final Map<String, RateLimiter> byProvider = new HashMap<>();

    /** The provider's limiter, created on first use; an existing one takes the current setting. */
    public synchronized RateLimiter forProvider(String providerId, Long requestsPerMinute) {
        RateLimiter l = byProvider.get(providerId);
        if (l == null) {
            l = new RateLimiter(requestsPerMinute);
            byProvider.put(providerId, l);
        } else {
            l.setRequestsPerMinute(requestsPerMinute);
        }
        return l;
    }

    /** Forgets a deleted provider. */
    public synchronized void remove(String providerId) {
        byProvider.remove(providerId);
    }
}
