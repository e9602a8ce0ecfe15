package dev.modeldeck.core.time;

/** Time source and sleeper; injected so every policy that waits can be tested with a fake clock. */
public interface Clock {
    long nowMillis();

    /** Blocks the calling thread (a TeaVM green thread in the browser). */
    void sleep(long millis) throws InterruptedException;

    Clock SYSTEM = new Clock() {
        @Override public long nowMillis() { return System.currentTimeMillis(); }
        @Override public void sleep(long millis) throws InterruptedException {
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }
    };
}
