package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Model lists per provider, in memory and in the {@link KeyValueStore} (one key per provider). An
 * entry belongs to one base URL and one credential fingerprint (a caller-made digest, never the key):
 * when either changes the entry is dropped, since another server or account may list other models.
 * Failures keep the last good list. Unreadable stored entries are ignored and reported, never fatal.
 *
 * <p>A provider decides how large its list is, so what is stored has a budget: an entry over
 * {@link #MAX_ENTRY_CHARS} is kept in memory only (with a note), and other providers' entries are removed,
 * oldest first, to keep all of them within {@link #MAX_TOTAL_CHARS}. The rest of localStorage (5.2 M
 * characters in all) stays free for settings and conversations.
 */
public final class ModelCache {
    public static final long DEFAULT_TTL_MS = 10 * 60_000L;
    public static final String KEY_PREFIX = "modeldeck.models.";
    /** Wait after a 429 that gave no Retry-After, so a busy provider is not asked again at once. */
    public static final long DEFAULT_RATE_LIMIT_WAIT_MS = 30_000L;
    static final int FORMAT_VERSION = 1;
    /** One provider's stored entry; thousands of models with prices and capabilities fit in a tenth of it. */
    public static final int MAX_ENTRY_CHARS = 1_000_000;
    /** All providers' stored entries together. */
    public static final int MAX_TOTAL_CHARS = 2_000_000;

    private final KeyValueStore store;
    private final Clock clock;
    /** providerId → entry; a present key with a null value means "looked in the store, nothing usable". */
    private final Map<String, CacheEntry> entries = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    /** providerId → why its entry lives in memory only (too large to store); cleared once one is stored. */
    private final Map<String, String> memoryOnly = new HashMap<>();

    /** Reads stored entries; null for text that is not JSON. Pages pass the browser's JSON.parse (3,000 cached models parse in a fraction of the time). */
    private Function<String, Json> jsonReader = JsonParser::tryParse;

    public ModelCache(KeyValueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ModelCache jsonReader(Function<String, Json> reader) {
        this.jsonReader = reader;
        return this;
    }

    public static String storeKey(String providerId) { return KEY_PREFIX + providerId; }

    /** The provider's own TTL when set and positive, else {@link #DEFAULT_TTL_MS}. */
    public static long ttlFor(ProviderConfig p) {
        return p.modelCacheTtlMs != null && p.modelCacheTtlMs > 0 ? p.modelCacheTtlMs : DEFAULT_TTL_MS;
    }

    /** The entry for this provider if it was made for the same base URL and fingerprint, else null (and dropped). */
    public synchronized CacheEntry lookup(String providerId, String baseUrl, String fingerprint) {
        CacheEntry e = load(providerId);
        if (e != null && !e.matches(baseUrl, fingerprint)) {
            invalidate(providerId);
            return null;
        }
        return e;
    }

    public synchronized CacheEntry recordSuccess(String providerId, String baseUrl, String fingerprint, ModelList list) {
        return save(providerId, new CacheEntry(baseUrl, fingerprint, list, clock.nowMillis(), false, null, null, 0, 0));
    }

    /** The provider has no model list (404): remembered like a list, so it is not asked again until the TTL ends. */
    public synchronized CacheEntry recordNoModelEndpoint(String providerId, String baseUrl, String fingerprint) {
        return save(providerId, new CacheEntry(baseUrl, fingerprint, null, clock.nowMillis(), true, null, null, 0, 0));
    }

    /** Keeps the last good list and notes the failure; a 429 also sets the time before which no request is sent. */
    public synchronized CacheEntry recordFailure(String providerId, String baseUrl, String fingerprint, NetException error) {
        long now = clock.nowMillis();
        CacheEntry old = lookup(providerId, baseUrl, fingerprint);
        long notBefore = 0;
        if (error.kind() == NetException.Kind.RATE_LIMITED) {
            notBefore = now + (error.retryAfterMs() >= 0 ? error.retryAfterMs() : DEFAULT_RATE_LIMIT_WAIT_MS);
        }
        CacheEntry e = old == null
                ? new CacheEntry(baseUrl, fingerprint, null, 0, false, error.getMessage(), error.kind(), now, notBefore)
                : new CacheEntry(baseUrl, fingerprint, old.list(), old.fetchedAt(), old.noModelEndpoint(),
                        error.getMessage(), error.kind(), now, notBefore);
        return save(providerId, e);
    }

    /** Forgets the provider's list (explicit refresh of a changed setup, provider deleted). */
    public synchronized void invalidate(String providerId) {
        entries.put(providerId, null);
        memoryOnly.remove(providerId);
        store.remove(storeKey(providerId));
    }

    /** A problem met while reading or writing this provider's entry, once; null when there was none. */
    public synchronized String takeProblem(String providerId) { return problems.remove(providerId); }

    /** Why this provider's entry is kept in memory only, for as long as it is; null when it is stored. */
    public synchronized String memoryOnlyNote(String providerId) { return memoryOnly.get(providerId); }

    private CacheEntry load(String providerId) {
        if (entries.containsKey(providerId)) {
            return entries.get(providerId);
        }
        CacheEntry e = null;
        String raw = store.get(storeKey(providerId));
        if (raw != null) {
            e = decode(raw, jsonReader);
            if (e == null) {
                problems.put(providerId, I18n.t("disc_cache_unreadable"));
            }
        }
        entries.put(providerId, e);
        return e;
    }

    private CacheEntry save(String providerId, CacheEntry e) {
        entries.put(providerId, e);
        String key = storeKey(providerId);
        String json = JsonWriter.write(encode(e));
        if (json.length() > MAX_ENTRY_CHARS) {
            // An older, smaller list must not outlive the one that replaced it in other pages.
            store.remove(key);
            memoryOnly.put(providerId, I18n.t("disc_cache_too_large",
                    I18n.format().integer(json.length()), I18n.format().integer(MAX_ENTRY_CHARS)));
            return e;
        }
        memoryOnly.remove(providerId);
        makeRoom(key, key.length() + json.length());
        try {
            store.put(key, json);
        } catch (StoreException ex) {
            problems.put(providerId, I18n.t("disc_cache_not_saved", ex.getMessage()));
        }
        return e;
    }

    /** Removes other providers' stored entries, oldest (or unreadable) first, until {@code chars} more fit the total budget. */
    private void makeRoom(String key, long chars) {
        List<String> others = new ArrayList<>();
        Map<String, Long> fetchedAt = new HashMap<>();
        long total = chars;
        for (String k : store.keys()) {
            String v = k.startsWith(KEY_PREFIX) && !k.equals(key) ? store.get(k) : null;
            if (v != null) {
                total += k.length() + v.length();
                others.add(k);
            }
        }
        if (total <= MAX_TOTAL_CHARS) {
            return;
        }
        for (String k : others) {
            CacheEntry stored = decode(store.get(k), jsonReader);
            fetchedAt.put(k, stored == null ? 0L : stored.fetchedAt());
        }
        others.sort((a, b) -> Long.compare(fetchedAt.get(a), fetchedAt.get(b)));
        for (String k : others) {
            if (total <= MAX_TOTAL_CHARS) {
                return;
            }
            total -= k.length() + store.get(k).length();
            store.remove(k); // this page keeps its copy in memory; other pages fetch the list again
        }
    }

    static JsonObject encode(CacheEntry e) {
        JsonObject o = Json.object().put("v", FORMAT_VERSION).put("baseUrl", e.baseUrl()).put("fingerprint", e.fingerprint())
                .put("fetchedAt", e.fetchedAt());
        if (e.noModelEndpoint()) {
            o.put("noModelEndpoint", true);
        }
        if (e.list() != null) {
            o.put("list", ModelListCodec.write(e.list()));
        }
        if (e.lastError() != null) {
            o.put("lastError", e.lastError()).put("lastErrorKind", e.lastErrorKind().name()).put("lastErrorAt", e.lastErrorAt());
        }
        if (e.retryNotBefore() > 0) {
            o.put("retryNotBefore", e.retryNotBefore());
        }
        return o;
    }

    /** Null for anything that is not an entry this version wrote. */
    static CacheEntry decode(String raw, Function<String, Json> jsonReader) {
        Json o = raw == null ? null : jsonReader.apply(raw);
        if (o == null) {
            return null;
        }
        String url = o.get("baseUrl").str();
        String fp = o.get("fingerprint").str();
        if (o.get("v").asLong(-1) != FORMAT_VERSION || url == null || fp == null) {
            return null;
        }
        ModelList list = null;
        if (!o.get("list").isMissing()) {
            list = ModelListCodec.read(o.get("list"));
            if (list == null) {
                return null;
            }
        }
        NetException.Kind kind = null;
        String error = o.get("lastError").str();
        if (error != null) {
            kind = kindOrNull(o.get("lastErrorKind").str());
            if (kind == null) {
                return null;
            }
        }
        return new CacheEntry(url, fp, list, o.get("fetchedAt").asLong(0), o.get("noModelEndpoint").asBoolean(false),
                error, kind, o.get("lastErrorAt").asLong(0), o.get("retryNotBefore").asLong(0));
    }

    private static NetException.Kind kindOrNull(String name) {
        for (NetException.Kind k : NetException.Kind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
