package dev.modeldeck.core.store;

/**
 * Outcome of saving settings.
 *
 * @param settings saved settings (SAVED), the newer stored ones (CONFLICT), else null
 * @param message user-facing: what happened and what to do; null when saved
 */
public record SaveResult(Status status, Settings settings, String message, StoreException error) {
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

    public boolean saved() { return status == Status.SAVED; }
    public boolean quotaExceeded() { return error != null && error.quotaExceeded(); }
}
