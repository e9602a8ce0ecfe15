package dev.modeldeck.core.discovery;

import dev.modeldeck.core.net.NetException;

/**
 * What the cache knows about one provider's model list: the last good list (if any) and when it was
 * fetched, the last failure and when it happened, and how long a 429 asked us to wait. Immutable.
 */
public final class CacheEntry {
    private final String baseUrl;
    private final String fingerprint;
    private final ModelList list;
    private final long fetchedAt;
    private final boolean noModelEndpoint;
    private final String lastError;
    private final NetException.Kind lastErrorKind;
    private final long lastErrorAt;
    private final long retryNotBefore;

    CacheEntry(String baseUrl, String fingerprint, ModelList list, long fetchedAt, boolean noModelEndpoint,
               String lastError, NetException.Kind lastErrorKind, long lastErrorAt, long retryNotBefore) {
        this.baseUrl = baseUrl;
        this.fingerprint = fingerprint;
        this.list = list;
        this.fetchedAt = fetchedAt;
        this.noModelEndpoint = noModelEndpoint;
        this.lastError = lastError;
        this.lastErrorKind = lastErrorKind;
        this.lastErrorAt = lastErrorAt;
        this.retryNotBefore = retryNotBefore;
    }

    public String baseUrl() { return baseUrl; }
    public String fingerprint() { return fingerprint; }
    /** The last list that was fetched successfully, or null when none ever was. */
    public ModelList list() { return list; }
    /** When {@link #list()} (or the "no model list" answer) arrived, ms since 1970; 0 when never. */
    public long fetchedAt() { return fetchedAt; }
    /** The provider answered 404 for its model list: models must be added by hand. */
    public boolean noModelEndpoint() { return noModelEndpoint; }
    /** The message of the last failed refresh (already redacted), or null when the last refresh worked. */
    public String lastError() { return lastError; }
    public NetException.Kind lastErrorKind() { return lastErrorKind; }
    public long lastErrorAt() { return lastErrorAt; }
    /** No request before this time (a 429's Retry-After); 0 when there is no such wait. */
    public long retryNotBefore() { return retryNotBefore; }

    public boolean hasAnswer() { return list != null || noModelEndpoint; }

    public boolean isFresh(long now, long ttlMs) { return hasAnswer() && now - fetchedAt < ttlMs && now >= fetchedAt; }

    public boolean matches(String url, String fp) { return baseUrl.equals(url) && fingerprint.equals(fp); }
}
