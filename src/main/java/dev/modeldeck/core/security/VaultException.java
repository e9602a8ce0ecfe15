package dev.modeldeck.core.security;

/**
 * A vault operation that failed. Messages are fixed texts written for the user: they never
 * contain a passphrase, a derived key or an API key.
 */
public final class VaultException extends Exception {
    /** What went wrong, so the UI can react (ask again, offer to erase, show a storage error). */
    public enum Reason {
        /** A new passphrase breaks {@link PassphrasePolicy}. */
        WEAK_PASSPHRASE,
        /** The passphrase does not open the vault (the crypto port also uses it for any failed tag check). */
        WRONG_PASSPHRASE,
        /** The stored vault is malformed or its data fails authentication. */
        DAMAGED,
        /** The stored vault asks for fewer PBKDF2 iterations than the minimum: refused as tampering. */
        DOWNGRADED,
        /** The stored vault has a version this build does not know. */
        NEWER_VERSION,
        NOT_ENABLED,
        ALREADY_ENABLED,
        LOCKED,
        /** Another page changed or removed the vault since this page unlocked it. */
        CHANGED_ELSEWHERE,
        /** Storage refused a write (full or unavailable). */
        STORAGE,
        /** The platform's cryptography failed for a reason other than a wrong key. */
        CRYPTO_FAILED
    }

    private final Reason reason;

    public VaultException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
