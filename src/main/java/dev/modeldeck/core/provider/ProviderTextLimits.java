package dev.modeldeck.core.provider;

/**
 * How long a text from a provider may be when ModelDeck keeps it (in the model cache, settings or a
 * conversation). A model id over the limit is refused rather than cut, since a cut id names no model;
 * names and labels are cut with an ellipsis.
 */
public final class ProviderTextLimits {
    /** Longest model id kept; real ones stay under ~150 characters (fine-tunes, ARNs, Hugging Face paths). */
    public static final int MODEL_ID = 512;
    /** Longest model display name kept whole. */
    public static final int NAME = 200;
    /** Owner, family, base model and load state: a few words in every real list. */
    public static final int LABEL = 100;

    private ProviderTextLimits() { }

    public static boolean isModelIdTooLong(String id) { return id != null && id.length() > MODEL_ID; }

    /** The id, or null when it is longer than {@link #MODEL_ID}. */
    public static String modelIdOrNull(String id) { return isModelIdTooLong(id) ? null : id; }

    /** The text itself, or its first characters and an ellipsis, {@code max} in all (never splitting a surrogate pair). */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
