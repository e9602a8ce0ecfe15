package dev.modeldeck.core.store;

public final class StoreException extends Exception {
    private final boolean quotaExceeded;

    public StoreException(String message, boolean quotaExceeded) {
        super(message);
        this.quotaExceeded = quotaExceeded;
    }

    public boolean quotaExceeded() { return quotaExceeded; }
}
