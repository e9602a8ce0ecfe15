package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Loads and saves the settings document for one page. Saves are optimistic: each carries the revision
 * the page started from, and a save over someone else's newer revision is refused as a CONFLICT.
 * Unreadable or newer documents are never overwritten behind the user's back.
 */
public final class SettingsRepository {
    /** applyChange retries this many times when other pages keep saving in between. */
    static final int APPLY_ATTEMPTS = 5;

    private final KeyValueStore kv;
    private final Clock clock;
    private final String pageId;
    private final Migrations migrations;
    private final LegacyMigration legacy;
    private boolean readOnly;

    /** Without the legacy import (tests, or a caller that runs {@link LegacyMigration} itself). */
    public SettingsRepository(KeyValueStore kv, Clock clock, String pageId) {
        this(kv, clock, pageId, UnaryOperator.identity(), false);
    }

    /** With the legacy v1 import on load; {@code normalizeBaseUrl} finishes the imported base URL. */
    public SettingsRepository(KeyValueStore kv, Clock clock, String pageId, UnaryOperator<String> normalizeBaseUrl) {
        this(kv, clock, pageId, normalizeBaseUrl, true);
    }

    private SettingsRepository(KeyValueStore kv, Clock clock, String pageId, UnaryOperator<String> normalize, boolean importLegacy) {
        this.kv = kv;
        this.clock = clock;
        this.pageId = pageId;
        this.migrations = Migrations.standard(normalize);
        this.legacy = importLegacy ? new LegacyMigration(kv, clock, normalize) : null;
    }

    /** True after a load found settings from a newer ModelDeck. */
    public boolean isReadOnly() { return readOnly; }

    public LoadResult load() {
        StoredSettings stored = readStored();
        List<String> notices = new ArrayList<>();
        String backupKey = null;
        Settings settings = stored.settings();
        readOnly = stored.kind() == StoredSettings.Kind.NEWER;
        LoadResult.Status status = switch (stored.kind()) {
            case ABSENT -> LoadResult.Status.FRESH;
            case CURRENT -> LoadResult.Status.OK;
            case OLDER -> {
                notices.add(I18n.t("store_settings_upgraded", I18n.format().integer(stored.version()),
                    I18n.format().integer(Settings.SCHEMA_VERSION)));
                yield LoadResult.Status.MIGRATED;
            }
            case NEWER -> {
                notices.add(readOnlyMessage(stored.version()));
                yield LoadResult.Status.READ_ONLY_NEWER_SCHEMA;
            }
            case CORRUPT -> {
                try {
                    backupKey = SettingsBackups.keep(kv, clock, stored.raw());
                    notices.add(I18n.t("store_settings_corrupt_backed_up", backupKey));
                } catch (StoreException e) {
                    notices.add(I18n.t("store_settings_corrupt_no_backup", StorageKeys.SETTINGS));
                }
                yield LoadResult.Status.RECOVERED_FROM_CORRUPT;
            }
        };
        if (legacy != null && !settings.migratedFromLegacy && status != LoadResult.Status.READ_ONLY_NEWER_SCHEMA
            && status != LoadResult.Status.RECOVERED_FROM_CORRUPT && LegacyMigration.hasLegacyData(kv)) {
            LegacyMigrationResult imported = legacy.run(this);
            notices.addAll(imported.notices());
            if (imported.status() == LegacyMigrationResult.Status.MIGRATED) {
                settings = imported.settings();
                status = LoadResult.Status.MIGRATED;
            }
        }
        return new LoadResult(settings, status, notices, backupKey);
    }

    /**
     * Writes {@code edited} as the next revision, unless the stored revision is no longer
     * {@code baseRevision} (another page saved): then nothing is written and the newer settings come back
     * as CONFLICT. To overwrite them anyway, save again with the conflict's revision as the base.
     */
    public SaveResult save(Settings edited, long baseRevision) {
        if (readOnly) {
            return readOnlyResult(readStored().version());
        }
        StoredSettings stored = readStored();
        return switch (stored.kind()) {
            case NEWER -> readOnlyResult(stored.version());
            case CORRUPT -> {
                // Nothing readable to conflict with; but the damaged text must survive in a backup first.
                try {
                    SettingsBackups.keep(kv, clock, stored.raw());
                } catch (StoreException e) {
                    yield new SaveResult(SaveResult.Status.FAILED, null, I18n.t("store_save_backup_full"), e);
                }
                yield write(edited, Math.max(baseRevision, 0));
            }
            case ABSENT, CURRENT, OLDER -> stored.revision() == baseRevision ? write(edited, baseRevision)
                : conflict(stored.settings());
        };
    }

    private static SaveResult conflict(Settings newer) {
        return new SaveResult(SaveResult.Status.CONFLICT, newer, newer.savedBy == null ? I18n.t("store_save_conflict")
            : I18n.t("store_save_conflict_by", newer.savedBy), null);
    }

    /**
     * For small edits (a toggle, a theme): re-reads the latest settings, applies {@code change} to a copy,
     * and saves; retried when another page saves in between, so two pages' edits both land.
     * Unreadable stored settings count as defaults here (they are backed up before being replaced).
     */
    public SaveResult applyChange(Function<Settings, Settings> change) {
        SaveResult last = null;
        for (int attempt = 0; attempt < APPLY_ATTEMPTS; attempt++) {
            StoredSettings stored = readStored();
            if (stored.kind() == StoredSettings.Kind.NEWER || readOnly) {
                return readOnlyResult(stored.version());
            }
            Settings next = change.apply(stored.settings().copy());
            last = save(next, stored.revision());
            if (last.status() != SaveResult.Status.CONFLICT) {
                return last;
            }
        }
        return last;
    }

    StoredSettings readStored() { return StoredSettings.read(kv.get(StorageKeys.SETTINGS), migrations); }

    private SaveResult write(Settings edited, long currentRevision) {
        Settings next = edited.copy();
        next.revision = currentRevision + 1;
        next.savedBy = pageId;
        next.savedAt = clock.nowMillis();
        try {
            kv.put(StorageKeys.SETTINGS, JsonWriter.write(next.toJson(true)));
        } catch (StoreException e) {
            String why = e.quotaExceeded()
                ? I18n.t("store_save_full")
                : I18n.t("store_save_failed");
            return new SaveResult(SaveResult.Status.FAILED, null, why, e);
        }
        return new SaveResult(SaveResult.Status.SAVED, next, null, null);
    }

    private static SaveResult readOnlyResult(int version) {
        return new SaveResult(SaveResult.Status.READ_ONLY, null, readOnlyMessage(version), null);
    }

    private static String readOnlyMessage(int version) {
        String supported = I18n.format().integer(Settings.SCHEMA_VERSION);
        return version > 0 ? I18n.t("store_settings_newer", I18n.format().integer(version), supported)
            : I18n.t("store_settings_newer_unknown", supported);
    }
}
