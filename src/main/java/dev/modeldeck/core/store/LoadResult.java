package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/** Settings as loaded, how they were obtained, and notices the page shows the user. */
public final class LoadResult {
    public enum Status {
        /** The stored document was current. */
        OK,
        /** Upgraded from an older schema or imported from the legacy v1 keys. */
        MIGRATED,
        /** Nothing stored yet: default settings. */
        FRESH,
        /** Written by a newer ModelDeck: shown, but {@link SettingsRepository#save} refuses. */
        READ_ONLY_NEWER_SCHEMA,
        /** Unreadable document kept under a backup key; defaults shown until the user saves. */
        RECOVERED_FROM_CORRUPT
    }

    private final Settings settings;
    private final Status status;
    private final List<String> notices;
    private final String backupKey;

    LoadResult(Settings settings, Status status, List<String> notices, String backupKey) {
        this.settings = settings;
        this.status = status;
        this.notices = Collections.unmodifiableList(notices);
        this.backupKey = backupKey;
    }

    public Settings settings() { return settings; }
    public Status status() { return status; }
    /** User-facing sentences (what happened, where a copy is, what to do); empty when there is nothing to say. */
    public List<String> notices() { return notices; }
    /** Key of the backup of unreadable settings, or null. */
    public String backupKey() { return backupKey; }
    public boolean readOnly() { return status == Status.READ_ONLY_NEWER_SCHEMA; }
}
