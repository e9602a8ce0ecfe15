package dev.modeldeck.core.security;

import java.util.HashMap;
import java.util.Map;

/** A session store that lives as long as this object: for tests, and pages where no session storage exists. */
public final class MemorySessionKeyStore implements SessionKeyStore {
    private final Map<String, String> values = new HashMap<>();

    @Override public synchronized void put(String name, String value) { values.put(name, value); }
    @Override public synchronized String get(String name) { return values.get(name); }
    @Override public synchronized void remove(String name) { values.remove(name); }

    @Override public String toString() { return "MemorySessionKeyStore[" + values.size() + " entries]"; }
}
