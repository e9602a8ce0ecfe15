package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;

/**
 * A typed failure of a provider request. Carries what a user or a retry policy needs (kind,
 * status, provider code and message, request id, Retry-After) and never a credential: messages
 * are built from redacted text only.
 */
public final class NetException extends Exception {
    public enum Kind {
        /** Nothing answered: DNS, refused connection, TLS, CORS refusal (the browser cannot tell these apart). */
        NETWORK,
        /** No status/headers within the headers timeout. */
        TIMEOUT_HEADERS,
        /** The stream went silent for longer than the idle timeout. */
        TIMEOUT_IDLE,
        CANCELLED,
        /** 401, or a 403 that names the key. */
        AUTH,
        /** Missing host permission, or a 403 the server gives for the request's origin. */
        PERMISSION,
        NOT_FOUND,
        BAD_REQUEST,
        CONTEXT_LENGTH,
        RATE_LIMITED,
        QUOTA,
        SERVER,
        /** The answer could not be understood (not JSON, wrong shape, broken stream). */
        PROTOCOL,
        TOO_LARGE,
        /** The circuit breaker is open for this provider. */
        UNAVAILABLE,
        /** A key or other secret lives in the passphrase vault, which is locked: nothing was sent. */
        LOCKED
    }

    private final Kind kind;
    private final int status;
    private final String providerCode;
    private final String providerMessage;
    private final String requestId;
    private final long retryAfterMs;

    public NetException(Kind kind, String message) {
        this(kind, message, 0, null, null, null, -1);
    }

    private NetException(Kind kind, String message, int status, String providerCode, String providerMessage,
                         String requestId, long retryAfterMs) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.providerCode = providerCode;
        this.providerMessage = providerMessage;
        this.requestId = requestId;
        this.retryAfterMs = retryAfterMs;
    }

    public static NetException cancelled() {
        return new NetException(Kind.CANCELLED, I18n.t("net_cancelled"));
    }

    public Kind kind() { return kind; }
    public int status() { return status; }
    public String providerCode() { return providerCode; }
    public String providerMessage() { return providerMessage; }
    public String requestId() { return requestId; }
    /** Server-requested wait in ms, or -1 when none was given. */
    public long retryAfterMs() { return retryAfterMs; }

    // Each wither returns a copy with one detail changed; this exception stays as it was.
    public NetException withStatus(int s) {
        return new NetException(kind, getMessage(), s, providerCode, providerMessage, requestId, retryAfterMs);
    }
    public NetException withProviderCode(String c) {
        return new NetException(kind, getMessage(), status, c, providerMessage, requestId, retryAfterMs);
    }
    public NetException withProviderMessage(String m) {
        return new NetException(kind, getMessage(), status, providerCode, m, requestId, retryAfterMs);
    }
    public NetException withRequestId(String id) {
        return new NetException(kind, getMessage(), status, providerCode, providerMessage, id, retryAfterMs);
    }
    public NetException withRetryAfterMs(long ms) {
        return new NetException(kind, getMessage(), status, providerCode, providerMessage, requestId, ms);
    }

    /** True for failures that a later attempt may not repeat. */
    public boolean isTransient() {
        return switch (kind) {
            case NETWORK, TIMEOUT_HEADERS, RATE_LIMITED, SERVER, UNAVAILABLE -> true;
            case TIMEOUT_IDLE, CANCELLED, AUTH, PERMISSION, NOT_FOUND, BAD_REQUEST, CONTEXT_LENGTH, QUOTA, PROTOCOL,
                 TOO_LARGE, LOCKED -> status == 408 || status == 409;
        };
    }
}
