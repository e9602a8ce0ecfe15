package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/** Outcome of the legacy v1 import. */
public final class LegacyMigrationResult {
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

    private final Status status;
    private final Settings settings;
    private final String conversationId;
    private final List<String> notices;

    LegacyMigrationResult(Status status, Settings settings, String conversationId, List<String> notices) {
        this.status = status;
        this.settings = settings;
        this.conversationId = conversationId;
        this.notices = Collections.unmodifiableList(notices);
    }

    public Status status() { return status; }
    /** Settings as saved by the import (MIGRATED), else null. */
    public Settings settings() { return settings; }
    /** Id of the imported conversation, or null when there was no readable history. */
    public String conversationId() { return conversationId; }
    public List<String> notices() { return notices; }
}
