package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.time.Clock;

/**
 * Stops sending to a provider that keeps failing, so users get an instant "paused" (and failover)
 * instead of waiting on timeouts. CLOSED → OPEN after 3 failures in a row, or when at least half
 * of the last 10 outcomes (with at least 5 of them) failed. OPEN rejects at once for a cooldown
 * (30 s, doubling on each reopen without a success in between, up to 5 min); then HALF_OPEN lets
 * exactly one probe through: success closes, failure reopens. Only availability failures count
 * (network, timeouts, server errors, rate limits); an answer such as 401 or 400 shows the server is
 * up and counts as a success; a cancelled request counts as nothing. Thread-safe.
 */
public final class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    public static final int CONSECUTIVE_TO_OPEN = 3;
    public static final int RECENT_WINDOW = 10;
    public static final int RECENT_MINIMUM = 5;
    public static final long DEFAULT_COOLDOWN_MS = 30_000;
    public static final long MAX_COOLDOWN_MS = 300_000;

    private final String providerName;
    private final Clock clock;
    private final long baseCooldownMs;
    private final long maxCooldownMs;

    private State state = State.CLOSED;
    /** Recent outcomes, true = failure, as a ring. */
    private final boolean[] recent = new boolean[RECENT_WINDOW];
    private int recentCount;
    private int recentNext;
    private int consecutive;
    private int opensInRow;
    private long openUntil;
    private int failuresAtOpen;
    private boolean probeInFlight;

    public CircuitBreaker(String providerName, Clock clock) {
        this(providerName, clock, DEFAULT_COOLDOWN_MS, MAX_COOLDOWN_MS);
    }

    public CircuitBreaker(String providerName, Clock clock, long baseCooldownMs, long maxCooldownMs) {
        this.providerName = providerName;
        this.clock = clock;
        this.baseCooldownMs = baseCooldownMs;
        this.maxCooldownMs = maxCooldownMs;
    }

    public static boolean countsAsFailure(NetException.Kind kind) {
        return switch (kind) {
            case NETWORK, TIMEOUT_HEADERS, TIMEOUT_IDLE, SERVER, RATE_LIMITED -> true;
            case CANCELLED, AUTH, PERMISSION, NOT_FOUND, BAD_REQUEST, CONTEXT_LENGTH, QUOTA, PROTOCOL, TOO_LARGE,
                 UNAVAILABLE, LOCKED -> false;
        };
    }

    /** Current state; an OPEN breaker whose cooldown has passed reads as HALF_OPEN. */
    public synchronized State state() {
        if (state == State.OPEN && clock.nowMillis() >= openUntil) {
            state = State.HALF_OPEN;
            probeInFlight = false;
        }
        return state;
    }

    /** Whether {@link #acquire} would let a request through now (no side effects beyond the cooldown check). */
    public synchronized boolean wouldAllow() {
        State s = state();
        return s == State.CLOSED || (s == State.HALF_OPEN && !probeInFlight);
    }

    /** Lets a request through or throws UNAVAILABLE; in HALF_OPEN the caller becomes the one probe. */
    public synchronized void acquire() throws NetException {
        State s = state();
        if (s == State.CLOSED) {
            return;
        }
        if (s == State.HALF_OPEN && !probeInFlight) {
            probeInFlight = true;
            return;
        }
        throw rejection();
    }

    /** The exception a rejected request gets; also used by failover notes. */
    public synchronized NetException rejection() {
        String msg;
        if (state == State.OPEN) {
            long left = openUntil - clock.nowMillis();
            msg = I18n.plural("net_paused_retrying", failuresAtOpen, providerName, HttpDate.utcTime(openUntil),
                    Durations.describe(left));
        } else {
            msg = I18n.plural("net_paused_probing", failuresAtOpen, providerName);
        }
        return new NetException(NetException.Kind.UNAVAILABLE, msg).withRetryAfterMs(Math.max(0, openUntil - clock.nowMillis()));
    }

    /** Records how a request ended: null = success; any kind is judged by {@link #countsAsFailure}. */
    public synchronized void record(NetException.Kind failureKind) {
        if (failureKind == NetException.Kind.CANCELLED) {
            probeInFlight = false;
            return;
        }
        boolean failed = failureKind != null && countsAsFailure(failureKind);
        State s = state();
        if (s == State.OPEN) {
            return; // a request that started before the breaker opened
        }
        if (s == State.HALF_OPEN) {
            probeInFlight = false;
            if (failed) {
                open(failuresAtOpen + 1);
            } else {
                close();
            }
            return;
        }
        recent[recentNext] = failed;
        recentNext = (recentNext + 1) % RECENT_WINDOW;
        recentCount = Math.min(RECENT_WINDOW, recentCount + 1);
        if (!failed) {
            consecutive = 0;
            return;
        }
        consecutive++;
        int failures = recentFailures();
        if (consecutive >= CONSECUTIVE_TO_OPEN) {
            open(Math.max(consecutive, failures));
        } else if (recentCount >= RECENT_MINIMUM && failures * 2 >= recentCount) {
            open(failures);
        }
    }

    private int recentFailures() {
        int n = 0;
        for (int i = 0; i < recentCount; i++) {
            if (recent[i]) {
                n++;
            }
        }
        return n;
    }

    private void open(int failures) {
        opensInRow++;
        long cooldown = baseCooldownMs;
        for (int i = 1; i < opensInRow && cooldown < maxCooldownMs; i++) {
            cooldown *= 2;
        }
        cooldown = Math.min(cooldown, maxCooldownMs);
        state = State.OPEN;
        openUntil = clock.nowMillis() + cooldown;
        failuresAtOpen = failures;
        probeInFlight = false;
    }

    private void close() {
        state = State.CLOSED;
        opensInRow = 0;
        consecutive = 0;
        recentCount = 0;
        recentNext = 0;
        failuresAtOpen = 0;
    }

    /** When an OPEN breaker lets the next probe through (meaningless while CLOSED). */
    public synchronized long openUntil() { return openUntil; }

    public synchronized int consecutiveFailures() { return consecutive; }

    /** What other pages need to share this breaker: whether it is open, until when, and why. */
    public synchronized JsonObject toJson() {
        return Json.object().put("state", state().name()).put("openUntil", openUntil)
            .put("failuresAtOpen", failuresAtOpen).put("opensInRow", opensInRow).put("consecutive", consecutive);
    }

    /**
     * Adopts what another page saw: an opening that lasts longer than ours, and a longer run of
     * consecutive failures. Never closes a breaker that is open here.
     */
    public synchronized void merge(Json stored) {
        long theirUntil = stored.get("openUntil").asLong(0);
        if ("OPEN".equals(stored.get("state").str()) && theirUntil > openUntil && theirUntil > clock.nowMillis()) {
            state = State.OPEN;
            openUntil = theirUntil;
            failuresAtOpen = (int) stored.get("failuresAtOpen").asLong(failuresAtOpen);
            opensInRow = Math.max(opensInRow, (int) stored.get("opensInRow").asLong(0));
            probeInFlight = false;
        }
        if (state == State.CLOSED) {
            consecutive = Math.max(consecutive, (int) stored.get("consecutive").asLong(0));
        }
    }
}
