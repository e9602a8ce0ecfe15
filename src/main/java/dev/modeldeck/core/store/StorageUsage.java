package dev.modeldeck.core.store;

import java.util.List;

/**
 * Characters used per category, for the settings page ("Conversations: 1.2 M characters").
 * An estimate: localStorage quotas count characters of keys and values, which is what is summed.
 */
public final class StorageUsage {
    public enum Category {
        SETTINGS("Settings"),
        BACKUPS("Backups of unreadable data"),
        CONVERSATIONS("Conversations"),
        MODEL_CACHE("Model lists"),
        HEALTH("Provider health"),
        LEGACY("Settings of the earlier version"),
        OTHER("Other");

        private final String label;

        Category(String label) { this.label = label; }

        public String label() { return label; }
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
