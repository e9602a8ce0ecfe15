package dev.modeldeck.core.history;

import dev.modeldeck.core.store.StoreException;
import java.util.function.Consumer;

/** A write already started as one all-or-nothing transaction. */
public interface PendingWrite {
    /** Blocks (a green thread in the browser) until it is stored; null on success, else why not. */
    StoreException await();

    /** Calls back once it is stored (null) or refused; at once when it already finished. */
    void whenDone(Consumer<StoreException> done);

    /** A write that already finished with {@code error} (null: nothing to do, or stored). */
    static PendingWrite done(StoreException error) {
        return new PendingWrite() {
            @Override public StoreException await() { return error; }
            @Override public void whenDone(Consumer<StoreException> done) { done.accept(error); }
        };
    }
}
