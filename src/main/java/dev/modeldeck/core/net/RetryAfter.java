package dev.modeldeck.core.net;

import java.util.List;

/** Reads how long a server asked us to wait, from any of the headers providers use for that. */
public final class RetryAfter {
    private RetryAfter() { }

    /**
     * Milliseconds to wait, or -1 when the headers do not say. Order of trust: {@code retry-after-ms},
     * {@code Retry-After} (seconds or an HTTP date, relative to {@code nowMillis}), then
     * {@code x-ratelimit-reset-requests}/{@code -tokens} ("1s", "6m0s", "20ms"). Of the two reset
     * headers, only those whose {@code x-ratelimit-remaining-*} is 0 apply; when neither remaining
     * header is sent, the longer reset applies (the safe side).
     */
    public static long parse(List<Header> headers, long nowMillis) {
        String ms = Headers.first(headers, "retry-after-ms");
        if (ms != null) {
            double v = Durations.number(ms);
            if (!Double.isNaN(v)) {
                return (long) Math.ceil(v);
            }
        }
        String ra = Headers.first(headers, "retry-after");
        if (ra != null) {
            double secs = Durations.number(ra);
            if (!Double.isNaN(secs)) {
                return (long) Math.ceil(secs * 1000);
            }
            long at = HttpDate.parse(ra);
            if (at >= 0) {
                return Math.max(0, at - nowMillis);
            }
        }
        return fromResetHeaders(headers);
    }

    private static long fromResetHeaders(List<Header> headers) {
        long requests = Durations.parse(Headers.first(headers, "x-ratelimit-reset-requests"));
        long tokens = Durations.parse(Headers.first(headers, "x-ratelimit-reset-tokens"));
        String remReq = Headers.first(headers, "x-ratelimit-remaining-requests");
        String remTok = Headers.first(headers, "x-ratelimit-remaining-tokens");
        if (remReq == null && remTok == null) {
            return Math.max(requests, tokens);
        }
        long best = -1;
        if (isZero(remReq)) {
            best = Math.max(best, requests);
        }
        if (isZero(remTok)) {
            best = Math.max(best, tokens);
        }
        return best;
    }

    private static boolean isZero(String v) {
        if (v == null) {
            return false;
        }
        double d = Durations.number(v);
        return !Double.isNaN(d) && d < 1;
    }
}
