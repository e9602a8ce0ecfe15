package dev.modeldeck.core.reply;

import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.provider.ProviderConfig;

/** What the router needs from the page's wiring: where keys come from, and each provider's network stack. */
public interface ReplyNetwork {
    /**
     * Whether the key vault is on and locked now (checked for every request, so a lock made in another
     * page counts at once): a provider that needs a secret from it cannot be asked.
     */
    boolean keysLocked();

    /** The provider with its key filled in from wherever keys are kept. */
    ProviderConfig withKey(ProviderConfig p);

    /** The stack this provider's requests go through (rate limit, retries, health, breaker). */
    HttpTransport transport(ProviderConfig p);

    /** The provider's breaker, or null: an open one skips the provider without a request. */
    CircuitBreaker breaker(ProviderConfig p);
}
