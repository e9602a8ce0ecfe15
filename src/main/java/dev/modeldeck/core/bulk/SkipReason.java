package dev.modeldeck.core.bulk;

/** Why an incoming provider is left out of the import. */
public enum SkipReason {
    /** The matched provider already has exactly these settings. */
    IDENTICAL,
    /** A URL-list line names a base URL some saved provider already uses. */
    ALREADY_SET_UP,
    /** A URL-list line repeats the base URL of an earlier line. */
    DUPLICATE_IN_LIST,
    /** The provider fails validation (e.g. a header browsers forbid); the message says what to fix. */
    INVALID
}
