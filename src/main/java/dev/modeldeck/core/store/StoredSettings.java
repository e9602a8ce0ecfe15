package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;

/**
 * What the settings key holds, classified: absent, current, older (migrated in memory), newer, or unreadable.
 *
 * @param settings current or migrated settings; for NEWER a tolerant best-effort reading to display; fresh for
 *     ABSENT/CORRUPT
 * @param version version the document states; -1 when absent or unreadable
 */
record StoredSettings(Kind kind, String raw, Settings settings, int version) {
    enum Kind { ABSENT, CURRENT, OLDER, NEWER, CORRUPT }

    static StoredSettings read(String raw, Migrations migrations) {
        if (raw == null) {
            return new StoredSettings(Kind.ABSENT, null, new Settings(), -1);
        }
        Json json = JsonParser.tryParse(raw);
        int version = json == null || !json.isObject() ? -1 : Migrations.versionOf(json);
        if (version < 0) {
            return new StoredSettings(Kind.CORRUPT, raw, new Settings(), -1);
        }
        if (version == Settings.SCHEMA_VERSION) {
            return new StoredSettings(Kind.CURRENT, raw, Settings.fromJson(json), version);
        }
        if (version > Settings.SCHEMA_VERSION) {
            return new StoredSettings(Kind.NEWER, raw, Settings.fromJson(json), version);
        }
        if (!migrations.canMigrate(version)) {
            return new StoredSettings(Kind.CORRUPT, raw, new Settings(), version);
        }
        try {
            Settings migrated = Settings.fromJson(migrations.migrate(json));
            // Keep the stored revision so a save from another page is still noticed across the upgrade.
            migrated.revision = json.get("revision").asLong(migrated.revision);
            return new StoredSettings(Kind.OLDER, raw, migrated, version);
        } catch (RuntimeException e) {
            return new StoredSettings(Kind.CORRUPT, raw, new Settings(), version);
        }
    }

    /** Revision a save must be based on to not overwrite someone else's; 0 when nothing readable is stored. */
    long revision() { return kind == Kind.ABSENT || kind == Kind.CORRUPT ? 0 : settings.revision; }

    /** Without the raw text: it holds the keys when they are stored plainly. */
    @Override public String toString() { return "StoredSettings[" + kind + ", version " + version + "]"; }
}
