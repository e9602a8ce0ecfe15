package dev.modeldeck.browser;

import dev.modeldeck.browser.web.Navigator;
import dev.modeldeck.browser.web.StorageEstimate;
import dev.modeldeck.browser.web.StorageManager;

/** How much this extension stores and may store ({@code navigator.storage.estimate()}). */
public final class StorageSpace {
    private StorageSpace() { }

    /** {usage, quota} in bytes, or null where the browser cannot tell. Blocks. */
    public static double[] estimate() {
        StorageManager storage = Navigator.getStorage();
        if (Missing.is(storage)) {
            return null;
        }
        Settled<StorageEstimate> s = Promises.call(storage::estimate);
        return s.isOk() ? new double[] {s.getValue().getUsage(), s.getValue().getQuota()} : null;
    }
}
