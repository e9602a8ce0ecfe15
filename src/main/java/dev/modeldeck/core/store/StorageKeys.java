package dev.modeldeck.core.store;

/** Every localStorage key ModelDeck reads or writes, so usage, cleanup and the storage event agree. */
public final class StorageKeys {
    /** The one versioned settings document (providers, options, revision). */
    public static final String SETTINGS = "modeldeck.settings";
    /** Copies of unreadable settings documents: prefix + timestamp (+ "-n" when two share a millisecond). */
    public static final String SETTINGS_BACKUP_PREFIX = "modeldeck.settings.backup.";

    /** Cheap conversation listing: [{id, title, updatedAt, model}]. */
    public static final String CONVERSATION_INDEX = "modeldeck.convs";
    /** One key per conversation: prefix + id. */
    public static final String CONVERSATION_PREFIX = "modeldeck.conv.";

    /** Cached /models lists per provider: prefix + provider id. */
    public static final String MODEL_CACHE_PREFIX = "modeldeck.models.";
    /** Provider health records: prefix + provider id. */
    public static final String HEALTH_PREFIX = "modeldeck.health.";

    /**
     * Legacy v1 keys (the single-provider build); read by the migration and left in place, except the key:
     * with the key vault on it moves into the vault and its plain copy is removed.
     */
    public static final String LEGACY_API_BASE = "openai_api_base";
    public static final String LEGACY_API_KEY = "openai_api_key";
    public static final String LEGACY_MODEL = "openai_model";
    public static final String LEGACY_CHAT_HISTORY = "chat_history";
    /** Legacy keys in the order they are reported. */
    public static final String[] LEGACY_KEYS = {LEGACY_API_BASE, LEGACY_API_KEY, LEGACY_MODEL, LEGACY_CHAT_HISTORY};
    /** Verbatim copy of a legacy chat_history that could not be read as a list of messages. */
    public static final String LEGACY_CHAT_HISTORY_BACKUP = "modeldeck.backup.legacy.chat_history";

    private StorageKeys() { }

    public static String settingsBackup(long timestamp) { return SETTINGS_BACKUP_PREFIX + timestamp; }
    public static String conversation(String id) { return CONVERSATION_PREFIX + id; }
    public static String modelCache(String providerId) { return MODEL_CACHE_PREFIX + providerId; }
    public static String health(String providerId) { return HEALTH_PREFIX + providerId; }

    /** True for keys the settings page must re-read when another page changes them (the storage event). */
    public static boolean isSettings(String key) { return SETTINGS.equals(key); }

    public static boolean isConversation(String key) {
        return key != null && key.startsWith(CONVERSATION_PREFIX) && key.length() > CONVERSATION_PREFIX.length();
    }

    /** The conversation id of a conversation key, or null for any other key. */
    public static String conversationId(String key) {
        return isConversation(key) ? key.substring(CONVERSATION_PREFIX.length()) : null;
    }

    public static boolean isLegacy(String key) {
        for (String k : LEGACY_KEYS) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isBackup(String key) {
        return key != null && (key.startsWith(SETTINGS_BACKUP_PREFIX) || key.equals(LEGACY_CHAT_HISTORY_BACKUP));
    }
}
