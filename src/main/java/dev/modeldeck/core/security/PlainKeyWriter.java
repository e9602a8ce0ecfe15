package dev.modeldeck.core.security;

import dev.modeldeck.core.store.StoreException;
import java.util.Map;

/** Saves API keys back into the plain settings when the vault is turned off (providerId → key). */
public interface PlainKeyWriter {
    /** Throws when the keys could not be saved; the vault then stays as it was. */
    void write(Map<String, String> keys) throws StoreException;
}
