package dev.modeldeck.core.provider;

/** How much a problem found in a provider's settings matters to the form that shows it. */
public enum Severity {
    /** Blocks saving until fixed. May still carry a one-click fix. */
    ERROR,
    /** Informs; saving is allowed. */
    WARNING,
    /** A suggested correction the user can apply with one click; saving is allowed without it. */
    FIX,
    /** A harmless correction already applied (spaces trimmed, trailing slash removed), told for transparency. */
    INFO
}
