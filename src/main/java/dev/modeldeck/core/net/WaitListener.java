package dev.modeldeck.core.net;

/** Told whenever a decorator is about to wait, so the UI can say why nothing is happening yet. */
public interface WaitListener {
    /**
     * @param message a sentence for the user, e.g. "retrying in 2 s after HTTP 503"
     * @param waitMs how long the wait will be
     */
    void onWait(String message, long waitMs);
}
