package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Walks a chain of (provider, model) entries for one reply, in the user's order, and writes the
 * "skipped X: reason" notes the reply shows.
 *
 * <p>Rule: after a failure <em>before the first token</em>, move on for every kind except
 * CANCELLED (the user asked to stop) and CONTEXT_LENGTH (the user must shorten the conversation;
 * silently trying other models would hide that). AUTH, PERMISSION, QUOTA, NOT_FOUND, BAD_REQUEST
 * and PROTOCOL move on too, because another provider or model may well work. Once a token has
 * arrived the planner never moves on: the partial answer stays and the error is shown.
 *
 * <p>Entries are skipped without a request when their provider's breaker rejects requests, and when
 * the same provider already failed in a way that concerns the whole provider (AUTH, PERMISSION,
 * QUOTA, NETWORK, TIMEOUT_HEADERS, UNAVAILABLE), not just one model.
 */
public final class FailoverPlanner {
    private final List<FailoverEntry> chain;
    private final Function<String, CircuitBreaker> breakers;
    private final List<String> notes = new ArrayList<>();
    /** Providers that failed as a whole, with the note for their remaining entries. */
    private final Map<String, String> deadProviders = new HashMap<>();
    private int position = -1;
    private FailoverEntry current;
    private boolean stopped;

    /** Provider id → the name people know it by; null keeps ids ("p1/model") as in logs and tests. */
    private Function<String, String> names;

    /** @param breakers breaker per provider id; may be null or return null (no breaker) */
    public FailoverPlanner(List<FailoverEntry> chain, Function<String, CircuitBreaker> breakers) {
        this.chain = new ArrayList<>(chain);
        this.breakers = breakers;
    }

    /** Notes name providers through {@code providerNames} ("Backup / gpt-4o") instead of by id. */
    public FailoverPlanner names(Function<String, String> providerNames) {
        this.names = providerNames;
        return this;
    }

    private String label(FailoverEntry e) {
        return names == null ? e.label() : names.apply(e.providerId()) + " / " + e.modelId();
    }

    private String providerName(String providerId) {
        return names == null ? providerId : names.apply(providerId);
    }

    /** The next entry to try, or null when the chain is exhausted (or a failure ended it). */
    public FailoverEntry next() {
        if (stopped) {
            return null;
        }
        while (++position < chain.size()) {
            FailoverEntry e = chain.get(position);
            String dead = deadProviders.get(e.providerId());
            if (dead != null) {
                notes.add(I18n.t("net_skipped", label(e), dead));
                continue;
            }
            CircuitBreaker b = breakers == null ? null : breakers.apply(e.providerId());
            if (b != null && !b.wouldAllow()) {
                notes.add(I18n.t("net_skipped", label(e), b.rejection().getMessage()));
                continue;
            }
            current = e;
            return e;
        }
        current = null;
        return null;
    }

    /**
     * Reports that the current entry failed. Returns whether the caller should call {@link #next}
     * and try again; always false once the first token has arrived.
     */
    public boolean onFailure(NetException error, boolean firstTokenReceived) {
        if (current == null) {
            return false;
        }
        if (firstTokenReceived || !movesOn(error.kind())) {
            stopped = true;
            return false;
        }
        String reason = reasonFor(error);
        notes.add(I18n.t("net_skipped", label(current), reason));
        if (isProviderWide(error.kind()) && !deadProviders.containsKey(current.providerId())) {
            deadProviders.put(current.providerId(), I18n.t("net_provider_already_failed", providerName(current.providerId()), reason));
        }
        return position + 1 < chain.size();
    }

    /** Whether a failure of this kind, before the first token, justifies trying the next entry. */
    public static boolean movesOn(NetException.Kind kind) {
        return kind != NetException.Kind.CANCELLED && kind != NetException.Kind.CONTEXT_LENGTH;
    }

    /** Failures that say nothing about a single model: every entry of that provider would fail alike. */
    public static boolean isProviderWide(NetException.Kind kind) {
        return switch (kind) {
            case AUTH, PERMISSION, QUOTA, NETWORK, TIMEOUT_HEADERS, UNAVAILABLE, LOCKED -> true;
            case TIMEOUT_IDLE, CANCELLED, NOT_FOUND, BAD_REQUEST, CONTEXT_LENGTH, RATE_LIMITED, SERVER, PROTOCOL,
                 TOO_LARGE -> false;
        };
    }

    /** A short reason for a note, e.g. "rate limited (HTTP 429)". */
    public static String reasonFor(NetException e) {
        String what = switch (e.kind()) {
            case NETWORK -> I18n.t("net_reason_network");
            case TIMEOUT_HEADERS -> I18n.t("net_reason_timeout_headers");
            case TIMEOUT_IDLE -> I18n.t("net_reason_timeout_idle");
            case CANCELLED -> I18n.t("net_reason_cancelled");
            case AUTH -> I18n.t("net_reason_auth");
            case PERMISSION -> I18n.t("net_reason_permission");
            case NOT_FOUND -> I18n.t("net_reason_not_found");
            case BAD_REQUEST -> I18n.t("net_reason_bad_request");
            case CONTEXT_LENGTH -> I18n.t("net_reason_context_length");
            case RATE_LIMITED -> I18n.t("net_reason_rate_limited");
            case QUOTA -> I18n.t("net_reason_quota");
            case SERVER -> I18n.t("net_reason_server");
            case PROTOCOL -> I18n.t("net_reason_protocol");
            case TOO_LARGE -> I18n.t("net_reason_too_large");
            case UNAVAILABLE -> I18n.t("net_reason_unavailable");
            case LOCKED -> I18n.t("net_reason_locked");
        };
        return e.status() > 0 ? I18n.t("net_reason_with_status", what, ErrorClassifier.code(e.status())) : what;
    }

    /** The "skipped X: reason" notes collected so far, in order. */
    public List<String> notes() { return new ArrayList<>(notes); }

    /** The entry most recently returned by {@link #next}, or null. */
    public FailoverEntry current() { return current; }
}
