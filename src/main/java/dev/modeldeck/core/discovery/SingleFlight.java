package dev.modeldeck.core.discovery;

import dev.modeldeck.core.net.Cancellation;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets any number of concurrent callers with the same key share one piece of work: the first caller
 * does it on its own thread, the others wait for its result. The shared work is cancelled only when
 * every caller has given up; a caller that cancels stops waiting at once (except the first, whose
 * thread is doing the work: it returns when the work ends, which is at once if nobody else waits).
 */
final class SingleFlight<T> {
    interface Work<T> {
        /** Must not block past {@code shared} being cancelled for long. */
        T run(Cancellation shared);
    }

    private final Map<String, Call<T>> calls = new HashMap<>();

    /** The shared result, or null when {@code caller} was cancelled first. */
    T run(String key, Cancellation caller, Work<T> work) {
        Call<T> call;
        boolean leader;
        synchronized (calls) {
            call = calls.get(key);
            leader = call == null;
            if (leader) {
                call = new Call<>();
                calls.put(key, call);
            }
            call.join();
        }
        final Call<T> joined = call;
        Runnable onCancel = new Runnable() {
            @Override public void run() { joined.leave(); }
        };
        caller.onCancel(onCancel);
        try {
            if (!leader) {
                return call.await(caller);
            }
            T result = null;
            RuntimeException failure = null;
            try {
                result = work.run(call.shared);
            } catch (RuntimeException e) {
                failure = e;
            }
            synchronized (calls) {
                calls.remove(key);
            }
            call.complete(result, failure);
            if (failure != null) {
                throw failure;
            }
            return caller.isCancelled() ? null : result;
        } finally {
            caller.removeListener(onCancel);
        }
    }

    /** How many callers are waiting on the work for {@code key} (for tests and diagnostics). */
    int callers(String key) {
        Call<T> call;
        synchronized (calls) {
            call = calls.get(key);
        }
        return call == null ? 0 : call.interested();
    }

    private static final class Call<T> {
        final Cancellation shared = new Cancellation();
        private int interested;
        private boolean done;
        private T result;
        private RuntimeException failure;

        synchronized void join() { interested++; }

        synchronized int interested() { return interested; }

        void leave() {
            boolean abandon;
            synchronized (this) {
                interested--;
                abandon = interested == 0 && !done;
                notifyAll();
            }
            if (abandon) {
                shared.cancel();
            }
        }

        synchronized void complete(T value, RuntimeException error) {
            result = value;
            failure = error;
            done = true;
            notifyAll();
        }

        synchronized T await(Cancellation caller) {
            while (!done && !caller.isCancelled()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            if (!done) {
                return null;
            }
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
