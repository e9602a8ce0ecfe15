package dev.modeldeck.core.store;

import java.util.List;

/** String key/value storage shared by all pages (localStorage in the browser, a map in tests). */
public interface KeyValueStore {
    /** The value, or null when absent. */
    String get(String key);

    /** Writes the value; throws when the store is full or unavailable, leaving the old value in place. */
    void put(String key, String value) throws StoreException;

    void remove(String key);

    /** All keys currently present. */
    List<String> keys();
}
