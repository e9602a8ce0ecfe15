package dev.modeldeck.core.bulk;

/**
 * An import file (or URL list) that can't be imported at all. Nothing is planned and nothing
 * changes; the message says what is wrong and what to do. Messages never contain a key.
 */
public final class ImportRejected extends Exception {
    /** Stable identity of the reason, for code and tests; the message is for people. */
    public enum Reason {
        TOO_LARGE, NOT_JSON, NOT_PROVIDERS_FILE, NEWER_VERSION, MALFORMED, TOO_MANY_PROVIDERS,
        HOSTILE_ENTRY, PASSPHRASE_NEEDED, PASSPHRASE_WRONG, NOTHING_TO_IMPORT, STALE_PLAN
    }

    private final Reason reason;

    public ImportRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
