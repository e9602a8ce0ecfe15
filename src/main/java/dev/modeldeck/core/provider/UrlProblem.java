package dev.modeldeck.core.provider;

/**
 * One finding of {@link BaseUrlCheck}: what is wrong, how much it matters, and an optional corrected URL.
 *
 * @param fixUrl the URL to put in the field when the user accepts the fix; null when there is none
 */
public record UrlProblem(Code code, Severity severity, String message, String fixUrl) {
    /** Stable identity of the finding, for code and tests; the message is for people. */
    public enum Code {
        EMPTY, TRIMMED, SPACE_INSIDE, MISSING_SCHEME, MALFORMED_SCHEME, UNSUPPORTED_SCHEME, CREDENTIALS,
        EMPTY_HOST, BAD_HOST, BAD_PORT, PLACEHOLDER, FRAGMENT_REMOVED, TRAILING_SLASH, FULL_ENDPOINT,
        MISSING_VERSION_PATH, INSECURE_HTTP, LOOKS_LIKE_KEY
    }

    @Override public String toString() { return severity + " " + code + ": " + message; }
}
