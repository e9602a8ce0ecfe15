package dev.modeldeck.ui.shared;

import dev.modeldeck.core.provider.BaseUrlCheck;

/** Normalization used when older data (legacy v1) brings a base URL of unknown quality. */
public final class BaseUrls {
    private BaseUrls() { }

    /** The normalized URL when the check can produce one, else the input trimmed. */
    public static String normalizeQuietly(String raw) {
        if (raw == null) {
            return null;
        }
        BaseUrlCheck.Result r = BaseUrlCheck.check(raw);
        String n = r.normalized();
        return n == null || n.isEmpty() ? raw.trim() : n;
    }
}
