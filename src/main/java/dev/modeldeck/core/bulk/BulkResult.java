package dev.modeldeck.core.bulk;

import dev.modeldeck.core.store.Settings;

/**
 * New settings after a bulk action, how many things it changed, and the snapshot that undoes it.
 *
 * @param settings the settings to save (a new object; the input was not modified)
 * @param changed providers (or models) whose state actually changed; 0 means nothing to save
 */
public record BulkResult(Settings settings, int changed, UndoSnapshot undo) { }
