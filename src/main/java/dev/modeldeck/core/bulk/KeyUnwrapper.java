package dev.modeldeck.core.bulk;

/** Reverses {@link KeyWrapper} when a passphrase-protected file is imported. */
public interface KeyUnwrapper {
    /** The plain key, or null when it cannot be recovered (wrong passphrase, damaged text). */
    String unwrap(String wrappedKey);
}
