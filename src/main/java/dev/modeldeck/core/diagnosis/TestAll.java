package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tests many providers with limited concurrency: a few plain threads (TeaVM green threads in the
 * browser) take the next provider from a shared counter until none is left or the run is cancelled.
 */
public final class TestAll {
    public static final int DEFAULT_CONCURRENCY = 3;

    /** Told as each provider's row is ready (from a worker thread). */
    public interface RowListener {
        void onRow(int index, TestAllRow row);
    }

    private final ConnectionTest test;
    private final int concurrency;

    public TestAll(ConnectionTest test) { this(test, DEFAULT_CONCURRENCY); }

    public TestAll(ConnectionTest test, int concurrency) {
        this.test = test;
        this.concurrency = Math.max(1, concurrency);
    }

    /**
     * Blocks until every provider is tested or the run is cancelled; rows come back in the input order.
     * Providers not started before a cancel get a SKIPPED row ("cancelled.").
     */
    public List<TestAllRow> run(List<ProviderConfig> providers, Cancellation cancel, RowListener listener) {
        final Cancellation c = cancel == null ? new Cancellation() : cancel;
        final Batch batch = new Batch(providers, c, listener);
        int workers = Math.min(concurrency, providers.size());
        for (int i = 0; i < workers; i++) {
            new Thread(batch::work).start();
        }
        batch.awaitWorkers(workers);
        return batch.rows();
    }

    /** Shared state of one run; every field is guarded by the instance lock. */
    private final class Batch {
        private final List<ProviderConfig> providers;
        private final Cancellation cancel;
        private final RowListener listener;
        private final TestAllRow[] rows;
        private int next;
        private int workersDone;

        Batch(List<ProviderConfig> providers, Cancellation cancel, RowListener listener) {
            this.providers = new ArrayList<>(providers);
            this.cancel = cancel;
            this.listener = listener;
            this.rows = new TestAllRow[providers.size()];
        }

        void work() {
            try {
                int i;
                while ((i = take()) >= 0) {
                    ProviderConfig p = providers.get(i);
                    TestReport report = test.run(p, null, cancel, null);
                    deliver(i, new TestAllRow(p.id, report.providerName(), report));
                }
            } finally {
                synchronized (this) {
                    workersDone++;
                    notifyAll();
                }
            }
        }

        /** The next provider's index, or -1 when none is left or the run was cancelled. */
        private synchronized int take() {
            if (cancel.isCancelled() || next >= rows.length) {
                return -1;
            }
            return next++;
        }

        private void deliver(int i, TestAllRow row) {
            synchronized (this) {
                rows[i] = row;
            }
            if (listener != null) {
                listener.onRow(i, row);
            }
        }

        synchronized void awaitWorkers(int workers) {
            while (workersDone < workers) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel.cancel();
                    return;
                }
            }
        }

        List<TestAllRow> rows() {
            List<TestAllRow> out = new ArrayList<>();
            TestAllRow[] copy;
            synchronized (this) {
                copy = Arrays.copyOf(rows, rows.length);
            }
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] == null) {
                    ProviderConfig p = providers.get(i);
                    copy[i] = new TestAllRow(p.id, p.name == null ? "" : p.name, null);
                    if (listener != null) {
                        listener.onRow(i, copy[i]);
                    }
                }
                out.add(copy[i]);
            }
            return out;
        }
    }
}
