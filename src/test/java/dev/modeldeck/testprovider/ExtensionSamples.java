package dev.modeldeck.testprovider;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Small test classes that use {@link TestProviderExtension}, run by {@link TestProviderExtensionTest} through the
 * JUnit launcher. Their names match no test-runner pattern, and they stay disabled unless started by {@link #run}.
 */
final class ExtensionSamples {
    /** What the running sample saw, and the ports (read while open); samples run one at a time, on the caller's thread. */
    static final List<TestProvider> SEEN = new ArrayList<>();
    static final List<Integer> PORTS = new ArrayList<>();
    static final List<String> NOTES = new ArrayList<>();
    private static final String ONLY_WHEN_RUN_HERE = "dev.modeldeck.testprovider.ExtensionSamples#running";
    private static boolean running;

    private ExtensionSamples() { }

    static boolean running() { return running; }

    static void see(TestProvider provider) {
        SEEN.add(provider);
        PORTS.add(provider.port());
    }

    /** Runs one sample class, after forgetting what the previous one saw. */
    static TestExecutionSummary run(Class<?> sample) {
        SEEN.clear();
        PORTS.clear();
        NOTES.clear();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        running = true;
        try {
            LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(sample)).build(), listener);
        } finally {
            running = false;
        }
        return listener.getSummary();
    }

    @ExtendWith(TestProviderExtension.class)
    @EnabledIf(ONLY_WHEN_RUN_HERE)
    static class Injected {
        @BeforeAll
        static void beforeAll(TestProvider provider) { see(provider); }

        @BeforeEach
        void beforeEach(TestProvider provider) { see(provider); }

        @Test
        void first(TestProvider provider) throws Exception { use(provider); }

        @Test
        void second(TestProvider provider) throws Exception { use(provider); }

        private static void use(TestProvider provider) throws Exception {
            see(provider);
            NOTES.add(String.valueOf(Exchange.get(provider.baseUrl() + "/models").status()));
        }
    }

    @ExtendWith(TestProviderExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @EnabledIf(ONLY_WHEN_RUN_HERE)
    static class Resetting {
        @Test
        @Order(1)
        void leavesAFaultBehind(TestProvider provider) throws Exception {
            provider.faults().add(Fault.status(503).on(Target.MODELS).always());
            NOTES.add(String.valueOf(Exchange.get(provider.baseUrl() + "/models").status()));
        }

        @Test
        @Order(2)
        void findsAFreshProvider(TestProvider provider) throws Exception {
            NOTES.add("faults " + provider.faults().pending().size() + ", requests " + provider.requests().all().size());
            NOTES.add(String.valueOf(Exchange.get(provider.baseUrl() + "/models").status()));
        }
    }

    @ExtendWith(TestProviderExtension.class)
    @EnabledIf(ONLY_WHEN_RUN_HERE)
    static class FailingTestMethod {
        @Test
        void fails(TestProvider provider) {
            see(provider);
            fail("on purpose");
        }
    }

    @ExtendWith(TestProviderExtension.class)
    @EnabledIf(ONLY_WHEN_RUN_HERE)
    static class FailingBeforeAll {
        @BeforeAll
        static void fails(TestProvider provider) {
            see(provider);
            throw new IllegalStateException("on purpose");
        }

        @Test
        void neverRuns() { }
    }

    @EnabledIf(ONLY_WHEN_RUN_HERE)
    static class TwoFields {
        @RegisterExtension
        static final TestProviderExtension MAIN = new TestProviderExtension();
        @RegisterExtension
        static final TestProviderExtension BACKUP = new TestProviderExtension();

        @Test
        void both() {
            see(MAIN.get());
            see(BACKUP.get());
        }
    }

    @EnabledIf(ONLY_WHEN_RUN_HERE)
    @ExtendWith(TestProviderExtension.class)
    static class DeclaredAndSecondInAField {
        @RegisterExtension
        static final TestProviderExtension SECOND = new TestProviderExtension();

        @Test
        void parameterIsTheDeclaredOne(TestProvider provider) {
            see(provider);
            see(SECOND.get());
        }
    }
}
