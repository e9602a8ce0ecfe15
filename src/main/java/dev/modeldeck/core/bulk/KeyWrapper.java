package dev.modeldeck.core.bulk;

/**
 * Protects one API key before it is written to an export file (the key vault encrypts it with the
 * user's passphrase). The crypto lives outside this package; the exporter only calls it.
 */
public interface KeyWrapper {
    /** The protected form of {@code plainKey}, as text that can sit in a JSON string. */
    String wrap(String plainKey);
}
