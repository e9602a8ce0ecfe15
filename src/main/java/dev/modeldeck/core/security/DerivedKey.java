package dev.modeldeck.core.security;

/**
 * The 256-bit AES key derived from a passphrase. Held as raw bytes because the session store must
 * carry it between pages; {@link #toString()} never shows them.
 */
public final class DerivedKey {
    /** AES-256. */
    public static final int LENGTH = 32;

    private final byte[] bytes;
    private boolean destroyed;

    private DerivedKey(byte[] bytes) { this.bytes = bytes; }

    /** Copies {@code raw}, which must be {@link #LENGTH} bytes. */
    public static DerivedKey of(byte[] raw) {
        if (raw == null || raw.length != LENGTH) {
            throw new IllegalArgumentException("A derived key must be 32 bytes.");
        }
        return new DerivedKey(raw.clone());
    }

    /** A copy of the key bytes, for the crypto port and the session store only. */
    public synchronized byte[] copyBytes() {
        if (destroyed) {
            throw new IllegalStateException("The key was destroyed when the vault was locked.");
        }
        return bytes.clone();
    }

    /** Overwrites the bytes so a locked vault leaves no key in this object. */
    public synchronized void destroy() {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        destroyed = true;
    }

    public synchronized boolean isDestroyed() { return destroyed; }

    @Override public String toString() { return "DerivedKey[redacted]"; }
}
