package dev.modeldeck.bench;

import dev.modeldeck.core.discovery.DiscoveryService;
import dev.modeldeck.core.discovery.ModelCache;
import dev.modeldeck.core.discovery.ModelsResult;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.CredentialFingerprint;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.time.Clock;
import dev.modeldeck.jvm.JdkHttpTransport;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testprovider.TestProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Many callers asking for one provider's models at once, on an empty cache, through the real
 * DiscoveryService and JDK transport against the local test provider: the provider should see one
 * request. The provider holds its answer back a little so every caller is surely waiting on it.
 */
final class ConcurrentLookups {
    static final int CALLERS = 50;
    static final long ANSWER_DELAY_MS = 300;

    /** Requests the provider saw, and wall time until every caller had its answer. */
    record Outcome(int requests, double millis, int callersWithModels) { }

    static Outcome run(TestProvider provider) throws Exception {
        provider.reset();
        provider.content().generatedModels(3000);
        provider.faults().add(Fault.delayHeaders(ANSWER_DELAY_MS).on(Target.MODELS));
        ProviderConfig p = new ProviderConfig("p1", "Local", provider.baseUrl());
        p.authStyle = AuthStyle.NONE;
        DiscoveryService discovery = new DiscoveryService(new JdkHttpTransport(), cfg -> {
            try {
                return EndpointResolver.models(cfg, null);
            } catch (NetException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }, CredentialFingerprint::of, new ModelCache(new MemoryKeyValueStore(), Clock.SYSTEM), Clock.SYSTEM);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        int[] withModels = new int[1];
        for (int i = 0; i < CALLERS; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                ModelsResult r = discovery.models(p, false, new Cancellation());
                if (r.models().size() == 3000) {
                    synchronized (withModels) {
                        withModels[0]++;
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        int requests = 0;
        for (var r : provider.requests().to(Target.MODELS)) {
            if (!r.isPreflight()) {
                requests++;
            }
        }
        return new Outcome(requests, ms, withModels[0]);
    }
}
