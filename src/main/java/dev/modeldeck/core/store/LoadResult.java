package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/**
 * Settings as loaded, how they were obtained, and notices the page shows the user.
 *
 * @param notices user-facing sentences (what happened, where a copy is, what to do); empty when there is nothing to say
 * @param backupKey key of the backup of unreadable settings, or null
 */
public record LoadResult(Settings settings, Status status, List<String> notices, String backupKey) {
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

    public LoadResult {
        notices = Collections.unmodifiableList(notices);
    }

    public boolean readOnly() { return status == Status.READ_ONLY_NEWER_SCHEMA; }
}
