package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.security.SecretPatterns;
import java.util.ArrayList;
import java.util.List;

/**
 * THE one place that turns a provider's settings into requests. Discovery, the connection test and
 * chat all call it, so they can never disagree about URL, auth or headers ("test passes, chat fails").
 */
public final class EndpointResolver {
    /** Local servers may load a model from disk before answering the first request. */
    public static final long LOCAL_HEADERS_TIMEOUT_MS = 120_000;

    private EndpointResolver() { }

    /** GET {base}/models, JSON. */
    public static HttpRequest models(ProviderConfig p, Cancellation c) throws NetException {
        return get(p, "models", c);
    }

    /** POST {base}/chat/completions expecting one JSON answer. */
    public static HttpRequest chat(ProviderConfig p, String jsonBody, Cancellation c) throws NetException {
        return chat(p, jsonBody, false, c);
    }

    /** POST {base}/chat/completions; {@code stream} asks for {@code text/event-stream} (the body must say "stream": true). */
    public static HttpRequest chat(ProviderConfig p, String jsonBody, boolean stream, Cancellation c) throws NetException {
        HttpRequest.Builder b = HttpRequest.post(url(p, "chat/completions"), jsonBody);
        return finish(p, b, stream ? "text/event-stream" : "application/json", c);
    }

    /** GET {base}/{path} with the provider's auth and headers, JSON expected. */
    public static HttpRequest get(ProviderConfig p, String path, Cancellation c) throws NetException {
        return finish(p, HttpRequest.get(url(p, path)), "application/json", c);
    }

    /**
     * {base}/{path} plus the base URL's own query merged with the provider's extra query
     * parameters (which win on equal names). {@code path} is relative to the base; a leading
     * slash is ignored.
     */
    public static String url(ProviderConfig p, String path) throws NetException {
        BaseUrlCheck.Result check = BaseUrlCheck.check(p.baseUrl);
        if (!check.canSave()) {
            throw new NetException(NetException.Kind.BAD_REQUEST, hasName(p)
                ? I18n.t("prov_endpoint_bad_url", p.name.trim(), check.firstError())
                : I18n.t("prov_endpoint_bad_url_unnamed", check.firstError()));
        }
        UrlParts u = UrlParts.parse(check.normalized());
        StringBuilder sb = new StringBuilder(u.origin()).append(u.path());
        String rel = path == null ? "" : path;
        while (rel.startsWith("/")) {
            rel = rel.substring(1);
        }
        if (!rel.isEmpty()) {
            sb.append('/').append(rel);
        }
        String query = QueryString.merge(u.query(), p.extraQuery);
        if (query != null) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    /** The header that carries the key, or null when none is sent (auth None, or no key stored). */
    public static String authHeaderName(ProviderConfig p) {
        if (key(p).isEmpty()) {
            return null;
        }
        return switch (p.authStyle) {
            case BEARER -> "Authorization";
            case CUSTOM_HEADER -> p.headerName == null || p.headerName.trim().isEmpty() ? null : p.headerName.trim();
            case NONE -> null;
        };
    }

    /** True when the provider runs on this machine or network: its preset says so, or its host is local. */
    public static boolean isLocal(ProviderConfig p) {
        if (Presets.byId(p.presetId).local()) {
            return true;
        }
        UrlParts u = UrlParts.parse(p.baseUrl == null ? null : PastedText.trim(p.baseUrl));
        return u != null && LocalNetwork.isLocal(u.host());
    }

    /** The provider's own setting, else 120 s for local servers (model loading) and 30 s otherwise. */
    public static long headersTimeoutMs(ProviderConfig p) {
        if (p.timeoutMs != null && p.timeoutMs > 0) {
            return p.timeoutMs;
        }
        return isLocal(p) ? LOCAL_HEADERS_TIMEOUT_MS : HttpRequest.DEFAULT_HEADERS_TIMEOUT_MS;
    }

    /** The provider's own setting, else 60 s of silence between stream chunks. */
    public static long idleTimeoutMs(ProviderConfig p) {
        return p.idleTimeoutMs != null && p.idleTimeoutMs > 0 ? p.idleTimeoutMs : HttpRequest.DEFAULT_IDLE_TIMEOUT_MS;
    }

    /**
     * Every value that must never appear in a message, log or export: the key, and extra header or
     * query values that look secret. Longest first, so redacting "Bearer abc" happens before "abc".
     */
    public static List<String> secrets(ProviderConfig p) {
        List<String> out = new ArrayList<>();
        addSecret(out, p.apiKey);
        addSecret(out, key(p));
        for (NameValue h : p.extraHeaders) {
            collectIfSecret(out, h);
        }
        for (NameValue q : p.extraQuery) {
            collectIfSecret(out, q);
        }
        // Insertion sort by length, longest first; lists are tiny.
        for (int i = 1; i < out.size(); i++) {
            String s = out.get(i);
            int j = i - 1;
            while (j >= 0 && out.get(j).length() < s.length()) {
                out.set(j + 1, out.get(j));
                j--;
            }
            out.set(j + 1, s);
        }
        return out;
    }

    private static HttpRequest finish(ProviderConfig p, HttpRequest.Builder b, String accept, Cancellation c)
            throws NetException {
        refuseUnsafeAuth(p);
        b.header("Accept", accept);
        String auth = authHeaderName(p);
        if (p.authStyle == AuthStyle.CUSTOM_HEADER && !key(p).isEmpty() && auth == null) {
            throw new NetException(NetException.Kind.BAD_REQUEST, hasName(p)
                ? I18n.t("prov_endpoint_no_header_name", p.name.trim())
                : I18n.t("prov_endpoint_no_header_name_unnamed"));
        }
        for (NameValue h : p.extraHeaders) {
            String name = h.name() == null ? "" : h.name().trim();
            // The auth header and Content-Type come from settings only; validation tells the user.
            if (name.isEmpty() || name.equalsIgnoreCase(auth) || name.equalsIgnoreCase("Content-Type")) {
                continue;
            }
            b.header(name, h.value() == null ? "" : h.value());
        }
        optionalHeader(b, "OpenAI-Organization", p.organization);
        optionalHeader(b, "OpenAI-Project", p.project);
        optionalHeader(b, "HTTP-Referer", p.appReferer);
        optionalHeader(b, "X-Title", p.appTitle);
        if (auth != null) {
            b.header(auth, p.authStyle == AuthStyle.BEARER ? "Bearer " + key(p) : key(p));
        }
        return b.providerId(p.id).headersTimeoutMs(headersTimeoutMs(p)).idleTimeoutMs(idleTimeoutMs(p)).cancellation(c).build();
    }

    /**
     * The last check before a key leaves: an auth style this build does not know, a secret still locked in
     * the vault, or a key over plain http:// to a remote host without the user's confirmation, builds no
     * request at all.
     */
    private static void refuseUnsafeAuth(ProviderConfig p) throws NetException {
        if (p.unknownAuth != null) {
            throw new NetException(NetException.Kind.BAD_REQUEST, hasName(p)
                ? I18n.t("prov_endpoint_unknown_auth", p.name.trim(), p.unknownAuth)
                : I18n.t("prov_endpoint_unknown_auth_unnamed", p.unknownAuth));
        }
        if (ProviderSecrets.hasPlaceholder(p)) {
            // A value that lives in the locked vault: the placeholder is never sent in its place.
            throw new NetException(NetException.Kind.LOCKED, I18n.t("ui_unlock_to_continue"));
        }
        if (InsecureKeyRule.blocksKey(p)) {
            throw new NetException(NetException.Kind.BAD_REQUEST, hasName(p)
                ? I18n.t("prov_endpoint_insecure_key", p.name.trim(), InsecureKeyRule.confirmation())
                : I18n.t("prov_endpoint_insecure_key_unnamed", InsecureKeyRule.confirmation()));
        }
    }

    private static void optionalHeader(HttpRequest.Builder b, String name, String value) {
        if (value != null && !value.trim().isEmpty()) {
            b.header(name, value.trim());
        }
    }

    private static String key(ProviderConfig p) {
        return p.apiKey == null ? "" : PastedText.trim(p.apiKey);
    }

    private static boolean hasName(ProviderConfig p) {
        return p.name != null && !p.name.trim().isEmpty();
    }

    private static void collectIfSecret(List<String> out, NameValue nv) {
        String v = nv.value() == null ? "" : nv.value().trim();
        if (!SecretPatterns.isSecret(nv.name(), v)) {
            return;
        }
        addSecret(out, v);
        if (v.length() > 7 && v.substring(0, 7).equalsIgnoreCase("bearer ")) {
            addSecret(out, v.substring(7).trim());
        }
    }

    private static void addSecret(List<String> out, String s) {
        if (s != null && !s.isEmpty() && !out.contains(s)) {
            out.add(s);
        }
    }
}
