package dev.modeldeck.core.bulk;

/**
 * A clash the planner resolved on its own; the preview shows the message so the user can rename afterwards.
 *
 * @param resolution the value the planner chose (the unique name or the new id)
 */
public record ImportConflict(Kind kind, String message, String resolution) {
    public enum Kind {
        /** The name belongs to another provider; {@link #resolution()} is the free name used instead. */
        NAME_TAKEN,
        /** An earlier entry of the file has the same id; this one gets a new id ({@link #resolution()}). */
        DUPLICATE_ID
    }

    @Override public String toString() { return kind + ": " + message; }
}
