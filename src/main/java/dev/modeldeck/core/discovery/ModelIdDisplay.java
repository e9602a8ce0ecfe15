package dev.modeldeck.core.discovery;

/**
 * Model ids come from the provider and can be any length (a hostile or broken list may send 100 KB).
 * Pickers, reply lines and announcements show at most {@link #MAX_CHARS} characters; the full id
 * stays in a title and is what requests use.
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
        if (id == null) {
            return "";
        }
        if (id.length() <= MAX_CHARS) {
            return id;
        }
        int cut = MAX_CHARS - 1;
        if (Character.isHighSurrogate(id.charAt(cut - 1))) {
            cut--;
        }
        return id.substring(0, cut) + "\u2026";
    }
}
