package dev.modeldeck.core.net;

import java.util.List;

/**
 * Turns an HTTP error response into a typed {@link NetException} with the provider's own message
 * (redacted). Placeholder mapping; the reliability work replaces the body with full provider-aware parsing.
 */
public final class ErrorClassifier {
    private ErrorClassifier() { }

    /**
     * @param status HTTP status (>= 400)
     * @param headers response headers (for Retry-After, request ids)
     * @param body the body text as read (may be empty, HTML, JSON of any provider's shape)
     * @param secrets strings that must not appear in the result (the API key, custom header values)
     */
    public static NetException classify(int status, List<Header> headers, String body, List<String> secrets) {
        NetException.Kind kind;
        if (status == 401) {
            kind = NetException.Kind.AUTH;
        } else if (status == 403) {
            kind = NetException.Kind.PERMISSION;
        } else if (status == 404) {
            kind = NetException.Kind.NOT_FOUND;
        } else if (status == 429) {
            kind = NetException.Kind.RATE_LIMITED;
        } else if (status >= 500) {
            kind = NetException.Kind.SERVER;
        } else {
            kind = NetException.Kind.BAD_REQUEST;
        }
        return new NetException(kind, "HTTP " + status).status(status);
    }
}
