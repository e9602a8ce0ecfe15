package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.ErrorClassifier;
import dev.modeldeck.core.net.Headers;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.net.Redactor;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Fetches, caches and explains a provider's model list. Requests come from the shared request
 * builder (the endpoint resolver), so discovery can never address a provider differently from chat.
 * Concurrent callers for the same provider, URL and credentials share one request.
 */
public final class DiscoveryService {
    /** Larger /models answers are refused rather than read into memory. */
    public static final int MAX_BODY_CHARS = 10_000_000;
    /** Error bodies are only read this far: enough for any provider's message. */
    static final int MAX_ERROR_BODY_CHARS = 64_000;

    private final HttpTransport transport;
    private final Function<ProviderConfig, HttpRequest> requestBuilder;
    private final Function<ProviderConfig, String> fingerprint;
    private final ModelCache cache;
    private final Clock clock;
    private final SingleFlight<ModelsResult> flights = new SingleFlight<>();
    private Consumer<Runnable> background = new Consumer<Runnable>() {
        @Override public void accept(Runnable r) { new Thread(r).start(); }
    };

    /**
     * @param fingerprint a digest of the provider's credentials (never the key itself) that changes
     *                    whenever the key or auth header does, so a new key gets a new list
     */
    public DiscoveryService(HttpTransport transport, Function<ProviderConfig, HttpRequest> requestBuilder,
                            Function<ProviderConfig, String> fingerprint, ModelCache cache, Clock clock) {
        this.transport = transport;
        this.requestBuilder = requestBuilder;
        this.fingerprint = fingerprint;
        this.cache = cache;
        this.clock = clock;
    }

    /** Where background refreshes run; a new thread by default (TeaVM green threads in the browser). */
    public DiscoveryService background(Consumer<Runnable> runner) {
        this.background = runner;
        return this;
    }

    public ModelCache cache() { return cache; }

    /**
     * The provider's models, blocking. A list fresher than the provider's TTL is served from the cache
     * unless {@code forceRefresh}; otherwise one request is made (shared with concurrent callers). A
     * failed refresh keeps the last good list; during a 429's Retry-After nothing is sent, even when forced.
     */
    public ModelsResult models(ProviderConfig p, boolean forceRefresh, Cancellation c) {
        final String fp = fingerprintOf(p);
        CacheEntry entry = cache.lookup(p.id, p.baseUrl, fp);
        List<String> notes = problems(p);
        long now = clock.nowMillis();
        if (entry != null && entry.retryNotBefore() > now) {
            return waitingOutRateLimit(entry, notes);
        }
        if (!forceRefresh && entry != null && entry.isFresh(now, ModelCache.ttlFor(p))) {
            return fromCache(entry, notes);
        }
        final ProviderConfig snapshot = p.copy();
        ModelsResult r = flights.run(flightKey(p, fp), c, new SingleFlight.Work<ModelsResult>() {
            @Override public ModelsResult run(Cancellation shared) { return fetch(snapshot, fp, shared); }
        });
        if (r == null) {
            return new ModelsResult(ModelsResult.Status.CANCELLED, entry, null, false, notes);
        }
        notes.addAll(r.notes());
        for (String n : problems(p)) {
            if (!notes.contains(n)) {
                notes.add(n); // met while storing this answer
            }
        }
        if (notes.isEmpty()) {
            return r;
        }
        return new ModelsResult(r.status(), cache.lookup(p.id, p.baseUrl, fp), r.error(), false, notes);
    }

    /**
     * Stale-while-revalidate: answers at once from the cache (even an old list) and, when the list is
     * missing or past its TTL, refreshes in the background and hands the new result to {@code onRefreshed}.
     */
    public ModelsResult modelsNow(final ProviderConfig p, final Consumer<ModelsResult> onRefreshed) {
        String fp = fingerprintOf(p);
        CacheEntry entry = cache.lookup(p.id, p.baseUrl, fp);
        List<String> notes = problems(p);
        long now = clock.nowMillis();
        if (entry != null && entry.retryNotBefore() > now) {
            return waitingOutRateLimit(entry, notes);
        }
        if (entry != null && entry.isFresh(now, ModelCache.ttlFor(p))) {
            return fromCache(entry, notes);
        }
        final ProviderConfig snapshot = p.copy();
        background.accept(new Runnable() {
            @Override public void run() {
                ModelsResult r = models(snapshot, false, new Cancellation());
                if (onRefreshed != null) {
                    onRefreshed.accept(r);
                }
            }
        });
        if (entry == null || !entry.hasAnswer()) {
            return new ModelsResult(ModelsResult.Status.LOADING, entry, errorOf(entry), true, notes);
        }
        return new ModelsResult(entry.noModelEndpoint() ? ModelsResult.Status.NO_MODEL_LIST : ModelsResult.Status.STALE,
                entry, errorOf(entry), true, notes);
    }

    /** Callers currently sharing the request for this provider (diagnostics and tests). */
    int callersWaiting(ProviderConfig p) { return flights.callers(flightKey(p, fingerprintOf(p))); }

    private ModelsResult fetch(ProviderConfig p, String fp, Cancellation shared) {
        List<String> secrets = new ArrayList<>(secretsOf(p));
        HttpResponse response = null;
        try {
            shared.throwIfCancelled();
            HttpRequest request = buildRequest(p, secrets).toBuilder().cancellation(shared).build();
            // The key may come from elsewhere than the config (the vault): whatever the request carries is secret too.
            secrets.addAll(Headers.secretsOf(request));
            response = transport.send(request);
            int status = response.status();
            if (status == 404) {
                CacheEntry e = cache.recordNoModelEndpoint(p.id, p.baseUrl, fp);
                return new ModelsResult(ModelsResult.Status.NO_MODEL_LIST, e, null, false, new ArrayList<String>());
            }
            if (!response.ok()) {
                throw httpError(response, secrets);
            }
            String body = response.readAll(MAX_BODY_CHARS);
            shared.throwIfCancelled();
            ModelList list = parseList(body, response.header("Content-Type"), secrets);
            CacheEntry e = cache.recordSuccess(p.id, p.baseUrl, fp, list);
            return new ModelsResult(ModelsResult.Status.FRESH, e, null, false, new ArrayList<String>());
        } catch (NetException e) {
            if (e.kind() == NetException.Kind.CANCELLED || shared.isCancelled()) {
                return new ModelsResult(ModelsResult.Status.CANCELLED, cache.lookup(p.id, p.baseUrl, fp), null, false,
                        new ArrayList<String>());
            }
            CacheEntry entry = cache.recordFailure(p.id, p.baseUrl, fp, e);
            return new ModelsResult(entry.hasAnswer() ? ModelsResult.Status.STALE : ModelsResult.Status.FAILED,
                    entry, e, false, new ArrayList<String>());
        } finally {
            if (response != null) {
                response.close();
            }
        }
    }

    /** Whatever the provider sent, parsing ends in a list or a NetException, never in an exception out of discovery. */
    private static ModelList parseList(String body, String contentType, List<String> secrets) throws NetException {
        try {
            return ModelListParser.parse(body, contentType, secrets);
        } catch (RuntimeException e) {
            throw new NetException(NetException.Kind.PROTOCOL, I18n.t("disc_list_unreadable"));
        }
    }

    private HttpRequest buildRequest(ProviderConfig p, List<String> secrets) throws NetException {
        try {
            return requestBuilder.apply(p);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? null : Redactor.redact(e.getMessage(), secrets);
            throw new NetException(NetException.Kind.BAD_REQUEST,
                    why == null ? I18n.t("disc_request_not_built")
                    : I18n.t("disc_request_not_built_why", why));
        }
    }

    /** The classifier decides the kind; where it left them out, the provider's message and Retry-After are added. */
    private static NetException httpError(HttpResponse r, List<String> secrets) {
        String body;
        try {
            body = readErrorBody(r);
        } catch (NetException e) {
            body = "";
        }
        NetException e = ErrorClassifier.classify(r.status(), r.headers(), body, secrets);
        if (e.status() == 0) {
            e = e.withStatus(r.status());
        }
        if (e.providerMessage() == null) {
            String m = providerMessage(body);
            if (m != null) {
                e = e.withProviderMessage(BodySnippet.of(m, secrets));
            }
        }
        if (e.retryAfterMs() < 0) {
            long wait = RetryAfter.parseMs(r.header("retry-after-ms"), r.header("Retry-After"));
            if (wait >= 0) {
                e = e.withRetryAfterMs(wait);
            }
        }
        return e;
    }

    private static String readErrorBody(HttpResponse r) throws NetException {
        StringBuilder sb = new StringBuilder();
        String chunk;
        while (sb.length() < MAX_ERROR_BODY_CHARS && (chunk = r.readChunk()) != null) {
            sb.append(chunk);
        }
        return sb.length() > MAX_ERROR_BODY_CHARS ? sb.substring(0, MAX_ERROR_BODY_CHARS) : sb.toString();
    }

    /** error.message, error (a string), message or detail: the places providers put their explanation. */
    static String providerMessage(String body) {
        Json j = JsonParser.tryParse(body == null ? "" : body.trim());
        if (j == null) {
            return null;
        }
        String[] candidates = {
            j.path("error", "message").str(), j.get("error").str(), j.get("message").str(), j.get("detail").str()
        };
        for (String s : candidates) {
            if (s != null && !s.trim().isEmpty()) {
                return s.trim();
            }
        }
        return null;
    }

    private ModelsResult fromCache(CacheEntry entry, List<String> notes) {
        ModelsResult.Status s = entry.noModelEndpoint() ? ModelsResult.Status.NO_MODEL_LIST : ModelsResult.Status.CACHED;
        return new ModelsResult(s, entry, null, false, notes);
    }

    private ModelsResult waitingOutRateLimit(CacheEntry entry, List<String> notes) {
        ModelsResult.Status s = entry.noModelEndpoint() ? ModelsResult.Status.NO_MODEL_LIST
                : entry.list() != null ? ModelsResult.Status.STALE : ModelsResult.Status.FAILED;
        NetException e = errorOf(entry);
        if (e != null) {
            e = e.withRetryAfterMs(entry.retryNotBefore() - clock.nowMillis());
        }
        return new ModelsResult(s, entry, e, false, notes);
    }

    private static NetException errorOf(CacheEntry entry) {
        if (entry == null || entry.lastError() == null) {
            return null;
        }
        return new NetException(entry.lastErrorKind(), entry.lastError());
    }

    private List<String> problems(ProviderConfig p) {
        List<String> notes = new ArrayList<>();
        String problem = cache.takeProblem(p.id);
        if (problem != null) {
            notes.add(problem);
        }
        String memoryOnly = cache.memoryOnlyNote(p.id);
        if (memoryOnly != null) {
            notes.add(memoryOnly);
        }
        return notes;
    }

    private String fingerprintOf(ProviderConfig p) {
        String fp = fingerprint.apply(p);
        if (fp == null) {
            fp = "";
        }
        // The fingerprint is stored in plain sight; a caller slip must not put the key there.
        if (p.hasKey() && p.apiKey.length() >= 4 && fp.contains(p.apiKey)) {
            throw new IllegalArgumentException("The credential fingerprint must not contain the API key.");
        }
        return fp;
    }

    private static String flightKey(ProviderConfig p, String fp) { return p.id + "\n" + p.baseUrl + "\n" + fp; }

    static List<String> secretsOf(ProviderConfig p) {
        List<String> secrets = new ArrayList<>();
        if (p.hasKey()) {
            secrets.add(p.apiKey);
        }
        for (NameValue nv : p.extraHeaders) {
            secrets.add(nv.value());
        }
        for (NameValue nv : p.extraQuery) {
            secrets.add(nv.value());
        }
        return secrets;
    }
}
