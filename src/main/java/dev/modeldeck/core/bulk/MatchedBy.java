package dev.modeldeck.core.bulk;

/** How an incoming provider was paired with one already saved. */
public enum MatchedBy {
    NONE,
    /** Same provider id (an export of this installation, or of a copy of it). */
    ID,
    /** Same base URL after normalization (an export of another installation). */
    BASE_URL
}
