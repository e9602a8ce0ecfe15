package dev.modeldeck.core.store;

/** Outcome of saving settings. */
public final class SaveResult {
    public enum Status {
        /** Written; {@link #settings()} is what was stored, with its new revision. */
        SAVED,
        /** Another page saved first; nothing written; {@link #settings()} holds the newer stored settings. */
        CONFLICT,
        /** Stored settings come from a newer ModelDeck; nothing written. */
        READ_ONLY,
        /** Storage refused the write (full or unavailable); the stored settings are unchanged. */
        FAILED
    }

    private final Status status;
    private final Settings settings;
    private final String message;
    private final StoreException error;

    SaveResult(Status status, Settings settings, String message, StoreException error) {
        this.status = status;
        this.settings = settings;
        this.message = message;
        this.error = error;
    }

    public Status status() { return status; }
    public boolean saved() { return status == Status.SAVED; }
    /** Saved settings (SAVED), the newer stored ones (CONFLICT), else null. */
    public Settings settings() { return settings; }
    /** User-facing: what happened and what to do; null when saved. */
    public String message() { return message; }
    public StoreException error() { return error; }
    public boolean quotaExceeded() { return error != null && error.quotaExceeded(); }
}
