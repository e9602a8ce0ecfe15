package dev.modeldeck.core.security;

/**
 * Strings kept for one browser session only (chrome.storage.session in the browser: memory, never
 * disk, gone when the browser closes, readable by extension pages and not by content scripts).
 *
 * <p>The vault keeps its derived key here after an unlock so the popup, side panel and options page
 * need not each ask for the passphrase. Trade-off: while the browser runs, code running in an
 * extension page can read the key; such code could read the decrypted API keys from that page's
 * memory anyway. We keep the derived key rather than the passphrase because it opens only this vault
 * (a user may reuse a passphrase elsewhere) and a passphrase change makes it useless (new salt).
 * It must never go to localStorage, which is written to disk.
 *
 * <p>Implementations swallow storage failures: losing the session copy only means asking again.
 */
public interface SessionKeyStore {
    void put(String name, String value);

    /** The value, or null when absent. */
    String get(String name);

    void remove(String name);
}
