package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;
import java.util.List;

/**
 * Characters used per category, for the settings page ("Conversations: 1.2 M characters").
 * An estimate: localStorage quotas count characters of keys and values, which is what is summed.
 */
public final class StorageUsage {
    public enum Category {
        SETTINGS, BACKUPS, CONVERSATIONS, MODEL_CACHE, HEALTH, LEGACY, OTHER;

        /** The category's name on the settings page, in the user's language. */
        public String label() {
            return switch (this) {
                case SETTINGS -> I18n.t("store_usage_settings");
                case BACKUPS -> I18n.t("store_usage_backups");
                case CONVERSATIONS -> I18n.t("store_usage_conversations");
                case MODEL_CACHE -> I18n.t("store_usage_model_cache");
                case HEALTH -> I18n.t("store_usage_health");
                case LEGACY -> I18n.t("store_usage_legacy");
                case OTHER -> I18n.t("store_usage_other");
            };
        }
    }

    private final long[] chars = new long[Category.values().length];
    private final int[] entries = new int[Category.values().length];

    private StorageUsage() { }

    public static StorageUsage measure(KeyValueStore store) {
        StorageUsage usage = new StorageUsage();
        List<String> keys = store.keys();
        for (String key : keys) {
            String value = store.get(key);
            int i = categoryOf(key).ordinal();
            usage.chars[i] += key.length() + (value == null ? 0 : value.length());
            usage.entries[i]++;
        }
        return usage;
    }

    public static Category categoryOf(String key) {
        if (StorageKeys.isSettings(key)) {
            return Category.SETTINGS;
        }
        if (StorageKeys.isBackup(key)) {
            return Category.BACKUPS;
        }
        if (StorageKeys.CONVERSATION_INDEX.equals(key) || StorageKeys.isConversation(key)) {
            return Category.CONVERSATIONS;
        }
        if (key.startsWith(StorageKeys.MODEL_CACHE_PREFIX)) {
            return Category.MODEL_CACHE;
        }
        if (key.startsWith(StorageKeys.HEALTH_PREFIX)) {
            return Category.HEALTH;
        }
        if (StorageKeys.isLegacy(key)) {
            return Category.LEGACY;
        }
        return Category.OTHER;
    }

    public long chars(Category c) { return chars[c.ordinal()]; }

    /** Number of keys in the category. */
    public int entries(Category c) { return entries[c.ordinal()]; }

    public long totalChars() {
        long sum = 0;
        for (long c : chars) {
            sum += c;
        }
        return sum;
    }
}
