package dev.modeldeck.ui.shared;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.browser.Browser;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.HealthTracker;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.net.RateLimiters;
import dev.modeldeck.core.net.RetryPolicy;
import dev.modeldeck.core.net.Transports;
import dev.modeldeck.core.net.WaitListener;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.core.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One network stack per provider — rate limiter → retries → health/breaker → fetch — shared by
 * discovery, connection tests and chat, so they all see the same limits and health. Routes a
 * request by its provider id; health is persisted so every page shows the same picture.
 */
public final class ProviderNetwork implements HttpTransport {
    private final HttpTransport base;
    private final KeyValueStore store;
    private final Clock clock;
    private final Browser browser;
    private final RateLimiters limiters = new RateLimiters();
    private final Map<String, HealthTracker> health = new HashMap<>();
    private final Map<String, CircuitBreaker> breakers = new HashMap<>();
    /** The base URL each breaker was built for: a provider pointed elsewhere starts with a closed breaker. */
    private final Map<String, String> breakerUrls = new HashMap<>();
    private final Map<String, ProviderConfig> configs = new HashMap<>();
    private WaitListener waitListener;

    public ProviderNetwork(HttpTransport base, KeyValueStore store, Clock clock, Browser browser) {
        this.base = base;
        this.store = store;
        this.clock = clock;
        this.browser = browser;
    }

    /** Where "waiting 4 s for Groq's rate limit" and "retrying in 2 s" messages go. */
    public void onWait(WaitListener listener) { this.waitListener = listener; }

    /** Keeps the configs used for routing up to date. */
    public synchronized void update(List<ProviderConfig> providers) {
        for (ProviderConfig p : providers) {
            configs.put(p.id, p);
        }
    }

    /** Registers one provider's current config for routing (discovery builds requests from drafts too). */
    public synchronized void register(ProviderConfig p) {
        configs.put(p.id, p);
    }

    /**
     * Background requests (model discovery) routed by provider id. They retry transient failures but
     * never sit out a server's Retry-After: the cache records the wait and serves the stale list instead.
     */
    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        ProviderConfig p;
        synchronized (this) {
            p = request.providerId() == null ? null : configs.get(request.providerId());
        }
        return p == null ? base.send(request) : forProvider(p, BACKGROUND_RETRIES).send(request);
    }

    private static final RetryPolicy BACKGROUND_RETRIES = new RetryPolicy(RetryPolicy.DEFAULT_MAX_RETRIES,
        RetryPolicy.DEFAULT_BASE_DELAY_MS, RetryPolicy.DEFAULT_MAX_DELAY_MS, 0, Math::random);

    /**
     * For connection tests: the provider's rate limiter only. A diagnosis must see the server as it is —
     * no retries hiding a failure, no open breaker standing in for the server's own answer.
     */
    public HttpTransport diagnostic() {
        return request -> {
            ProviderConfig p;
            synchronized (this) {
                p = request.providerId() == null ? null : configs.get(request.providerId());
            }
            if (p == null) {
                return base.send(request);
            }
            return Transports.chain(base, p.name, limiters.forProvider(p.id, p.requestsPerMinute), null, null, null, clock,
                (message, waitMs) -> {
                    WaitListener l = waitListener;
                    if (l != null) {
                        l.onWait(message, waitMs);
                    }
                }).send(request);
        };
    }

    /** The stack for requests a user is waiting on (chat, connection test): waits out short Retry-After delays. */
    public HttpTransport forProvider(ProviderConfig p) {
        return forProvider(p, new RetryPolicy());
    }

    private HttpTransport forProvider(ProviderConfig p, RetryPolicy retryPolicy) {
        synchronized (this) {
            configs.put(p.id, p);
        }
        HealthTracker tracker = tracker(p.id);
        HttpTransport chain = Transports.chain(base, p.name, limiters.forProvider(p.id, p.requestsPerMinute),
            retryPolicy, tracker, breaker(p), clock,
            (message, waitMs) -> {
                WaitListener l = waitListener;
                if (l != null) {
                    l.onWait(message, waitMs);
                }
            });
        CircuitBreaker breaker = breaker(p);
        return request -> {
            adoptStoredBreaker(p.id, breaker);
            try {
                return chain.send(request);
            } finally {
                persist(p.id, tracker, breaker);
            }
        };
    }

    public synchronized HealthTracker tracker(String providerId) {
        HealthTracker t = health.get(providerId);
        if (t == null) {
            Json stored = JsonParser.tryParse(store.get(StorageKeys.health(providerId)));
            t = stored == null ? new HealthTracker() : HealthTracker.fromJson(stored, HealthTracker.DEFAULT_WINDOW);
            health.put(providerId, t);
        }
        return t;
    }

    public synchronized CircuitBreaker breaker(ProviderConfig p) {
        CircuitBreaker b = breakers.get(p.id);
        String url = p.baseUrl == null ? "" : p.baseUrl;
        if (b == null || !url.equals(breakerUrls.get(p.id))) {
            // Failures of the old address say nothing about the new one (e.g. a preset's URL replaced by the user's).
            boolean moved = b != null;
            b = new CircuitBreaker(p.name, clock);
            breakers.put(p.id, b);
            breakerUrls.put(p.id, url);
            if (moved) {
                store.remove(breakerKey(p.id));
                return b;
            }
        }
        adoptStoredBreaker(p.id, b);
        return b;
    }

    /** Pages share one breaker per provider through storage: an opening seen in the popup holds in the side panel too. */
    private void adoptStoredBreaker(String providerId, CircuitBreaker b) {
        Json stored = JsonParser.tryParse(store.get(breakerKey(providerId)));
        String url = breakerUrls.get(providerId);
        if (stored != null && url != null && url.equals(stored.get("url").str())) {
            b.merge(stored);
        }
    }

    private static String breakerKey(String providerId) { return StorageKeys.health(providerId) + ".breaker"; }

    private void persist(String providerId, HealthTracker tracker, CircuitBreaker breaker) {
        try {
            store.put(StorageKeys.health(providerId), tracker.toJson().toString());
            String url;
            synchronized (this) {
                url = breakerUrls.get(providerId);
            }
            store.put(breakerKey(providerId), breaker.toJson().put("url", url).toString());
        } catch (StoreException e) {
            // Health history is a convenience; a full storage must not break the request that just worked.
        }
    }

    /** A short health word for lists and pickers, or null when there is no history yet. */
    public String healthBadge(ProviderConfig p) {
        HealthTracker t = tracker(p.id);
        CircuitBreaker b = breaker(p);
        if (b.state() == CircuitBreaker.State.OPEN) {
            return I18n.t("ui_health_paused");
        }
        if (t.sampleCount() == 0) {
            return null;
        }
        long rounded = Math.round(t.successRate() * 100);
        String pct = I18n.format().integer(rounded);
        boolean failing = t.consecutiveFailures() >= 2 || rounded < 50;
        if (t.latencyP50() <= 0) {
            return failing ? I18n.t("ui_health_failing", pct) : I18n.t("ui_health_healthy", pct);
        }
        String p50 = Format.millis(t.latencyP50());
        return failing ? I18n.t("ui_health_failing_p50", pct, p50) : I18n.t("ui_health_healthy_p50", pct, p50);
    }

    /**
     * Cleans up after a provider was deleted for good: its health, model cache, Origin rule, and
     * the host permission when no remaining provider uses that origin.
     */
    public void forget(ProviderConfig deleted, List<ProviderConfig> remaining) {
        store.remove(StorageKeys.health(deleted.id));
        store.remove(breakerKey(deleted.id));
        store.remove(StorageKeys.modelCache(deleted.id));
        synchronized (this) {
            health.remove(deleted.id);
            breakers.remove(deleted.id);
            breakerUrls.remove(deleted.id);
            configs.remove(deleted.id);
        }
        limiters.remove(deleted.id);
        if (deleted.stripOrigin) {
            browser.removeOriginRule(deleted.id);
        }
        String pattern = BaseUrlCheck.permissionPattern(deleted.baseUrl);
        if (pattern == null) {
            return;
        }
        for (ProviderConfig p : remaining) {
            if (!p.id.equals(deleted.id) && pattern.equals(BaseUrlCheck.permissionPattern(p.baseUrl))) {
                return;
            }
        }
        browser.removeHostPermission(pattern);
    }
}
