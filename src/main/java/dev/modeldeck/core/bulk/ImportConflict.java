package dev.modeldeck.core.bulk;

/** A clash the planner resolved on its own; the preview shows the message so the user can rename afterwards. */
public final class ImportConflict {
    public enum Kind {
        /** The name belongs to another provider; {@link #resolution()} is the free name used instead. */
        NAME_TAKEN,
        /** An earlier entry of the file has the same id; this one gets a new id ({@link #resolution()}). */
        DUPLICATE_ID
    }

    private final Kind kind;
    private final String message;
    private final String resolution;

    ImportConflict(Kind kind, String message, String resolution) {
        this.kind = kind;
        this.message = message;
        this.resolution = resolution;
    }

    public Kind kind() { return kind; }
    public String message() { return message; }
    /** The value the planner chose (the unique name or the new id). */
    public String resolution() { return resolution; }

    @Override public String toString() { return kind + ": " + message; }
}
