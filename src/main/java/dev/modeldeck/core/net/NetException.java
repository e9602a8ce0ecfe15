package dev.modeldeck.core.net;

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
        UNAVAILABLE
    }

    private final Kind kind;
    private int status;
    private String providerCode;
    private String providerMessage;
    private String requestId;
    private long retryAfterMs = -1;

    public NetException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static NetException cancelled() {
        return new NetException(Kind.CANCELLED, dev.modeldeck.core.i18n.I18n.t("net_cancelled"));
    }

    public Kind kind() { return kind; }
    public int status() { return status; }
    public String providerCode() { return providerCode; }
    public String providerMessage() { return providerMessage; }
    public String requestId() { return requestId; }
    /** Server-requested wait in ms, or -1 when none was given. */
    public long retryAfterMs() { return retryAfterMs; }

    public NetException status(int s) { this.status = s; return this; }
    public NetException providerCode(String c) { this.providerCode = c; return this; }
    public NetException providerMessage(String m) { this.providerMessage = m; return this; }
    public NetException requestId(String id) { this.requestId = id; return this; }
    public NetException retryAfterMs(long ms) { this.retryAfterMs = ms; return this; }

    /** True for failures that a later attempt may not repeat. */
    public boolean isTransient() {
        switch (kind) {
            case NETWORK: case TIMEOUT_HEADERS: case RATE_LIMITED: case SERVER: case UNAVAILABLE:
                return true;
            default:
                return status == 408 || status == 409;
        }
    }
}
