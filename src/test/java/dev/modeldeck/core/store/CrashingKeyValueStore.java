package dev.modeldeck.core.store;

import java.util.List;

/** Passes through to a real store, then "crashes" (throws) on the put after the first {@code allowedPuts}. */
final class CrashingKeyValueStore implements KeyValueStore {
    static final class Crash extends RuntimeException {
        Crash() { super("simulated crash"); }
    }

    private final KeyValueStore delegate;
    private final int allowedPuts;
    int puts;

    CrashingKeyValueStore(KeyValueStore delegate, int allowedPuts) {
        this.delegate = delegate;
        this.allowedPuts = allowedPuts;
    }

    @Override public String get(String key) { return delegate.get(key); }

    @Override
    public void put(String key, String value) throws StoreException {
        if (puts >= allowedPuts) {
            throw new Crash();
        }
        puts++;
        delegate.put(key, value);
    }

    @Override public void remove(String key) { delegate.remove(key); }
    @Override public List<String> keys() { return delegate.keys(); }
}
