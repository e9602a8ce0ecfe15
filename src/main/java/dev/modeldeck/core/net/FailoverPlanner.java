package dev.modeldeck.core.net;

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

    /** @param breakers breaker per provider id; may be null or return null (no breaker) */
    public FailoverPlanner(List<FailoverEntry> chain, Function<String, CircuitBreaker> breakers) {
        this.chain = new ArrayList<>(chain);
        this.breakers = breakers;
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
                notes.add("skipped " + e.label() + ": " + dead);
                continue;
            }
            CircuitBreaker b = breakers == null ? null : breakers.apply(e.providerId());
            if (b != null && !b.wouldAllow()) {
                notes.add("skipped " + e.label() + ": " + b.rejection().getMessage());
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
        notes.add("skipped " + current.label() + ": " + reason);
        if (isProviderWide(error.kind()) && !deadProviders.containsKey(current.providerId())) {
            deadProviders.put(current.providerId(), current.providerId() + " already failed (" + reason + ")");
        }
        return position + 1 < chain.size();
    }

    /** Whether a failure of this kind, before the first token, justifies trying the next entry. */
    public static boolean movesOn(NetException.Kind kind) {
        return kind != NetException.Kind.CANCELLED && kind != NetException.Kind.CONTEXT_LENGTH;
    }

    /** Failures that say nothing about a single model: every entry of that provider would fail alike. */
    public static boolean isProviderWide(NetException.Kind kind) {
        switch (kind) {
            case AUTH: case PERMISSION: case QUOTA: case NETWORK: case TIMEOUT_HEADERS: case UNAVAILABLE:
                return true;
            default:
                return false;
        }
    }

    /** A short reason for a note, e.g. "rate limited (HTTP 429)". */
    public static String reasonFor(NetException e) {
        String what;
        switch (e.kind()) {
            case NETWORK: what = "could not connect"; break;
            case TIMEOUT_HEADERS: what = "no answer in time"; break;
            case TIMEOUT_IDLE: what = "the answer stalled"; break;
            case AUTH: what = "the API key was rejected"; break;
            case PERMISSION: what = "access was refused"; break;
            case NOT_FOUND: what = "model or address not found"; break;
            case BAD_REQUEST: what = "the request was rejected"; break;
            case RATE_LIMITED: what = "rate limited"; break;
            case QUOTA: what = "out of quota or credits"; break;
            case SERVER: what = "server error"; break;
            case PROTOCOL: what = "unreadable answer"; break;
            case TOO_LARGE: what = "answer too large"; break;
            case UNAVAILABLE: what = "paused after repeated failures"; break;
            default: what = e.kind().name().toLowerCase(); break;
        }
        return e.status() > 0 ? what + " (HTTP " + e.status() + ")" : what;
    }

    /** The "skipped X: reason" notes collected so far, in order. */
    public List<String> notes() { return new ArrayList<>(notes); }

    /** The entry most recently returned by {@link #next}, or null. */
    public FailoverEntry current() { return current; }
}
