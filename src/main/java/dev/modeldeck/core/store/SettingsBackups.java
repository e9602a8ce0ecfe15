package dev.modeldeck.core.store;

import dev.modeldeck.core.time.Clock;

/** Keeps unreadable settings text under a backup key; the same text is kept once, however often it is loaded. */
final class SettingsBackups {
    private SettingsBackups() { }

    /** The key holding exactly {@code raw}: an existing backup, or a new timestamped one. */
    static String keep(KeyValueStore kv, Clock clock, String raw) throws StoreException {
        String existing = find(kv, raw);
        if (existing != null) {
            return existing;
        }
        String base = StorageKeys.settingsBackup(clock.nowMillis());
        String key = base;
        for (int n = 2; kv.get(key) != null; n++) {
            key = base + "-" + n;
        }
        kv.put(key, raw);
        return key;
    }

    static String find(KeyValueStore kv, String raw) {
        for (String key : kv.keys()) {
            if (key.startsWith(StorageKeys.SETTINGS_BACKUP_PREFIX) && raw.equals(kv.get(key))) {
                return key;
            }
        }
        return null;
    }
}
