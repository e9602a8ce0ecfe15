package dev.modeldeck.core.reply;

/** What a page shows while a reply streams; every method defaults to doing nothing. */
public interface ReplyListener {
    /** New answer text (only the new part). */
    default void onContent(String delta) { }

    /** New reasoning text (only the new part). */
    default void onReasoning(String delta) { }

    /** The text so far was copied into the reply: store the new batch now (called at most every 500 ms). */
    default void onCheckpoint() { }

    /** A target needs an API key while the key vault is locked: offer to unlock it. */
    default void onKeysLocked() { }
}
