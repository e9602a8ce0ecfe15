package dev.modeldeck.core.net;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before sending a request again. Pure: no clock, no I/O, so every
 * decision is tested directly. Retries cover connection errors (NETWORK) and the statuses that
 * say "try later" (408, 409, 429, 5xx except 501/505); a headers timeout is not retried because
 * the user already waited the whole timeout, and failover is the better next step.
 */
public final class RetryPolicy {
    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final long DEFAULT_BASE_DELAY_MS = 500;
    public static final long DEFAULT_MAX_DELAY_MS = 8_000;
    public static final long DEFAULT_MAX_SERVER_WAIT_MS = 60_000;

    private final int maxRetries;
    private final long baseDelayMs;
    private final long maxDelayMs;
    private final long maxServerWaitMs;
    private final DoubleSupplier random;

    /** Defaults: 2 retries, 0.5 s × 2^n backoff with jitter, capped at 8 s; server waits honoured up to 60 s. */
    public RetryPolicy() {
        this(DEFAULT_MAX_RETRIES, DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, DEFAULT_MAX_SERVER_WAIT_MS, Math::random);
    }

    /** @param random source of jitter in [0, 1); tests pass a fixed value */
    public RetryPolicy(int maxRetries, long baseDelayMs, long maxDelayMs, long maxServerWaitMs, DoubleSupplier random) {
        this.maxRetries = maxRetries;
        this.baseDelayMs = baseDelayMs;
        this.maxDelayMs = maxDelayMs;
        this.maxServerWaitMs = maxServerWaitMs;
        this.random = random;
    }

    public RetryPolicy withRandom(DoubleSupplier r) {
        return new RetryPolicy(maxRetries, baseDelayMs, maxDelayMs, maxServerWaitMs, r);
    }

    public int maxRetries() { return maxRetries; }
    public long maxServerWaitMs() { return maxServerWaitMs; }

    public static boolean isRetryableStatus(int status) {
        return status == 408 || status == 409 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }

    /** Only failures where nothing answered; CANCELLED, timeouts, an open breaker and the rest are final. */
    public static boolean isRetryableError(NetException e) {
        return e.kind() == NetException.Kind.NETWORK;
    }

    /** Backoff before retry number {@code retryIndex} (0 = first retry): base × 2^n, minus up to 25 % jitter, capped. */
    public long backoffMs(int retryIndex) {
        double d = baseDelayMs * Math.pow(2, Math.max(0, retryIndex));
        d = Math.min(d, maxDelayMs);
        double r = random.getAsDouble();
        if (r < 0 || r >= 1 || Double.isNaN(r)) {
            r = 0;
        }
        return (long) (d * (1 - 0.25 * r));
    }

    /** Decision after a connection error, given how many retries were already made. */
    public Decision afterError(int retriesDone, NetException e) {
        if (!isRetryableError(e) || retriesDone >= maxRetries) {
            return Decision.GIVE_UP;
        }
        return new Decision(Decision.Action.RETRY, backoffMs(retriesDone));
    }

    /**
     * Decision after an error status. {@code body} is read only for 429 (to tell a spent quota,
     * which waiting never fixes, from a rate limit); pass null otherwise.
     */
    public Decision afterStatus(int retriesDone, int status, List<Header> headers, String body, long nowMillis) {
        if (!isRetryableStatus(status) || retriesDone >= maxRetries) {
            return Decision.GIVE_UP;
        }
        if (status == 429 && body != null
                && ErrorClassifier.classify(status, headers, body, null, nowMillis).kind() == NetException.Kind.QUOTA) {
            return Decision.GIVE_UP;
        }
        long serverWait = RetryAfter.parse(headers, nowMillis);
        if (serverWait > maxServerWaitMs) {
            return new Decision(Decision.Action.WAIT_TOO_LONG, serverWait);
        }
        if (serverWait >= 0) {
            return new Decision(Decision.Action.RETRY, serverWait);
        }
        return new Decision(Decision.Action.RETRY, backoffMs(retriesDone));
    }

    /** What to do next and, for RETRY, how long to wait first (for WAIT_TOO_LONG: the server's wait). */
    public record Decision(Action action, long delayMs) {
        public enum Action { RETRY, GIVE_UP, WAIT_TOO_LONG }

        static final Decision GIVE_UP = new Decision(Action.GIVE_UP, 0);

        @Override public String toString() { return action + " " + delayMs + "ms"; }
    }
}
