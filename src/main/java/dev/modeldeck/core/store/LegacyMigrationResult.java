package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/**
 * Outcome of the legacy v1 import.
 *
 * @param settings settings as saved by the import (MIGRATED), else null
 * @param conversationId id of the imported conversation, or null when there was no readable history
 */
public record LegacyMigrationResult(Status status, Settings settings, String conversationId, List<String> notices) {
    public enum Status {
        /** No legacy keys present. */
        NOT_NEEDED,
        /** The settings already carry the import marker. */
        ALREADY_DONE,
        /** Imported now. */
        MIGRATED,
        /** Stored settings are newer or unreadable; the import waits so they are not overwritten. */
        SKIPPED,
        /** A write failed (e.g. storage full); nothing is marked done, so the next load retries. */
        FAILED
    }

    public LegacyMigrationResult {
        notices = Collections.unmodifiableList(notices);
    }
}
