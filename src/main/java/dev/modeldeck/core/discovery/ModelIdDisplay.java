package dev.modeldeck.core.discovery;

import dev.modeldeck.core.provider.ProviderTextLimits;

/**
 * Model ids come from the provider and may be up to {@link ProviderTextLimits#MODEL_ID} characters long
 * (longer ones are left out of the list). Pickers, reply lines and announcements show at most
 * {@link #MAX_CHARS} characters; the full id stays in a title and is what requests use.
 */
public final class ModelIdDisplay {
    /** Longer than any real model id (the longest seen are ~120 characters), short enough for one line. */
    public static final int MAX_CHARS = 200;

    private ModelIdDisplay() { }

    public static boolean isShortened(String id) {
        return id != null && id.length() > MAX_CHARS;
    }

    /** The id itself, or its first characters and an ellipsis (never splitting a surrogate pair). */
    public static String shorten(String id) {
        return id == null ? "" : ProviderTextLimits.cut(id, MAX_CHARS);
    }
}
