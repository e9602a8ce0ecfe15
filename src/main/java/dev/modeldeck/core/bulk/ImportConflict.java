package dev.modeldeck.core.bulk;

/**
 * A clash the planner resolved on its own; the preview shows the message so the user can rename afterwards.
 *
 * @param resolution the value the planner chose (the unique name or the new id); null for OTHER_SERVER
 */
public record ImportConflict(Kind kind, String message, String resolution) {
    public enum Kind {
        /** The name belongs to another provider; {@link #resolution()} is the free name used instead. */
        NAME_TAKEN,
        /** An earlier entry of the file has the same id; this one gets a new id ({@link #resolution()}). */
        DUPLICATE_ID,
        /**
         * The entry has a saved provider's id but another server (scheme, host or port): it is added as a
         * separate provider with a new id, so the saved provider and its key stay with their own server.
         */
        OTHER_SERVER
    }

    @Override public String toString() { return kind + ": " + message; }
}
