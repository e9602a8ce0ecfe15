package dev.modeldeck.core.history;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;

/**
 * Whether storage is running out, from the browser's estimate of what this extension uses and may use. The
 * warning comes early (a long reply with reasoning is a few hundred kilobytes; a full disk stops everything).
 */
public final class StorageBudget {
    /** Warn below this much free space. */
    static final double LOW_BYTES = 100.0 * 1024 * 1024;
    /** ... or above this share of the quota. */
    static final double LOW_SHARE = 0.9;

    private StorageBudget() { }

    /** A warning for the chat page, or null while there is room (or the browser cannot tell). */
    public static String warning(double usage, double quota) {
        if (quota <= 0) {
            return null;
        }
        double free = Math.max(0, quota - usage);
        if (free >= LOW_BYTES && usage < quota * LOW_SHARE) {
            return null;
        }
        return I18n.t("history_storage_low", Units.megabytes((long) free));
    }
}
