package dev.modeldeck.core.history;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.store.StorageUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the settings page's storage section: what each kind of data takes and where (conversations in
 * IndexedDB, the rest in localStorage), localStorage against its fixed limit, and the browser's own figures.
 */
public final class StorageOverview {
    /** localStorage holds 5,242,880 UTF-16 units per extension, whatever the permissions. */
    static final long LOCAL_LIMIT_CHARS = 5_242_880L;

    private StorageOverview() { }

    /**
     * @param local what localStorage holds, per category (characters)
     * @param conversationBytes about how much the conversations take in IndexedDB ({@link HistorySize})
     * @param estimate {usage, quota} in bytes from the browser, or null where it cannot tell
     */
    public static List<String> lines(StorageUsage local, long conversationBytes, int conversations, double[] estimate) {
        List<String> out = new ArrayList<>();
        out.add(I18n.plural("opt_storage_conversations", conversations, Units.size(conversationBytes)));
        for (StorageUsage.Category c : StorageUsage.Category.values()) {
            if (local.chars(c) > 0) {
                out.add(I18n.t("opt_storage_local", c.label(), Units.size(utf16Bytes(local.chars(c)))));
            }
        }
        out.add(I18n.t("opt_storage_local_total", Units.size(utf16Bytes(local.totalChars())), Units.size(utf16Bytes(LOCAL_LIMIT_CHARS))));
        if (estimate == null || estimate[1] <= 0) {
            out.add(I18n.t("opt_storage_browser_unknown"));
        } else {
            out.add(I18n.t("opt_storage_browser", Units.size((long) estimate[0]), Units.size((long) Math.max(0, estimate[1] - estimate[0]))));
        }
        return out;
    }

    /** localStorage counts UTF-16 units: two bytes each. */
    private static long utf16Bytes(long chars) { return chars * 2; }
}
