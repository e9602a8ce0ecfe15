package dev.modeldeck.core.bulk;

import dev.modeldeck.core.store.Settings;

/** New settings after a bulk action, how many things it changed, and the snapshot that undoes it. */
public final class BulkResult {
    private final Settings settings;
    private final int changed;
    private final UndoSnapshot undo;

    BulkResult(Settings settings, int changed, UndoSnapshot undo) {
        this.settings = settings;
        this.changed = changed;
        this.undo = undo;
    }

    /** The settings to save (a new object; the input was not modified). */
    public Settings settings() { return settings; }
    /** Providers (or models) whose state actually changed; 0 means nothing to save. */
    public int changed() { return changed; }
    public UndoSnapshot undo() { return undo; }
}
