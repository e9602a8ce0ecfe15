package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.time.Clock;

/**
 * Sends a request again after connection errors and "try later" statuses, as {@link RetryPolicy}
 * decides. Retries happen only before a response is handed back: the decision is made on the
 * status (and, for 429, the small error body), so a successful stream, once returned, is never
 * retried and no byte is ever delivered twice. Error responses that are not retried are returned
 * unchanged for the caller to classify. A cancelled request is never retried.
 */
public final class RetryingTransport implements HttpTransport {
    private final HttpTransport next;
    private final RetryPolicy policy;
    private final Clock clock;
    private final WaitListener listener;

    public RetryingTransport(HttpTransport next, RetryPolicy policy, Clock clock, WaitListener listener) {
        this.next = next;
        this.policy = policy;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        Cancellation cancel = request.cancellation();
        int retries = 0;
        // The last real failure: when this request's own failures open the breaker, the user should
        // see what went wrong (HTTP 502 and its page), not just "paused".
        HttpResponse previousResponse = null;
        NetException previousError = null;
        while (true) {
            cancel.throwIfCancelled();
            HttpResponse response;
            try {
                response = next.send(request);
            } catch (NetException e) {
                if (cancel.isCancelled()) {
                    throw e.kind() == NetException.Kind.CANCELLED ? e : NetException.cancelled();
                }
                if (e.kind() == NetException.Kind.UNAVAILABLE && retries > 0) {
                    if (previousResponse != null) {
                        return previousResponse;
                    }
                    if (previousError != null) {
                        throw previousError;
                    }
                }
                previousError = e;
                previousResponse = null;
                RetryPolicy.Decision d = policy.afterError(retries, e);
                if (d.action() != RetryPolicy.Decision.Action.RETRY) {
                    throw e;
                }
                waitBeforeRetry(d.delayMs(), -1, cancel);
                retries++;
                continue;
            }
            int status = response.status();
            if (status < 400 || !RetryPolicy.isRetryableStatus(status) || cancel.isCancelled()) {
                return response;
            }
            String body = null;
            if (status == 429) {
                BufferedResponse buffered = BufferedResponse.of(response);
                response = buffered;
                body = buffered.body();
            }
            long now = clock.nowMillis();
            RetryPolicy.Decision d = policy.afterStatus(retries, status, response.headers(), body, now);
            if (d.action() == RetryPolicy.Decision.Action.GIVE_UP) {
                return response;
            }
            if (d.action() == RetryPolicy.Decision.Action.WAIT_TOO_LONG) {
                throw waitTooLong(request, BufferedResponse.of(response), d.delayMs(), now);
            }
            previousResponse = BufferedResponse.of(response);
            previousError = null;
            waitBeforeRetry(d.delayMs(), status, cancel);
            retries++;
        }
    }

    /** @param status the HTTP status that asked for the retry, or -1 after a network error */
    private void waitBeforeRetry(long ms, int status, Cancellation cancel) throws NetException {
        if (listener != null) {
            listener.onWait(status < 0 ? I18n.t("net_retrying_after_network", Durations.describe(ms))
                    : I18n.t("net_retrying_after_status", Durations.describe(ms), ErrorClassifier.code(status)), ms);
        }
        CancellableSleep.sleep(clock, ms, cancel);
    }

    /** The server asked for a wait longer than we hold a user's request: fail now and say until when. */
    private static NetException waitTooLong(HttpRequest request, BufferedResponse response, long waitMs, long now) {
        int status = response.status();
        NetException c = ErrorClassifier.classify(status, response.headers(), response.body(),
                Headers.secretsOf(request), now);
        String until = HttpDate.utcTime(now + waitMs);
        String in = Durations.describe(waitMs);
        boolean limited = status == 429;
        String msg = (limited ? I18n.t("net_rate_limited_until", until, in) : I18n.t("net_unavailable_until", until, in))
                + (c.providerMessage() != null && !c.providerMessage().isEmpty()
                        ? " " + ErrorClassifier.providerSaid(c.providerMessage()) : "");
        return new NetException(limited ? NetException.Kind.RATE_LIMITED : NetException.Kind.SERVER, msg)
                .withStatus(status).withProviderCode(c.providerCode()).withProviderMessage(c.providerMessage())
                .withRequestId(c.requestId()).withRetryAfterMs(waitMs);
    }
}
