package dev.modeldeck.testprovider;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
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

/** Runs small sample classes with the extension through the JUnit launcher and checks what they saw. */
class TestProviderExtensionTest {
    /** What the running sample saw, and the ports (read while open); the samples run one at a time, on this thread. */
    static final List<TestProvider> seen = new ArrayList<>();
    static final List<Integer> ports = new ArrayList<>();
    static final List<String> notes = new ArrayList<>();
    /** The samples run only when started by {@link #run}, not when a test runner finds them. */
    private static boolean runningSamples;
    private static final String SAMPLE = "dev.modeldeck.testprovider.TestProviderExtensionTest#runningSamples";

    @BeforeEach
    void forget() {
        seen.clear();
        ports.clear();
        notes.clear();
    }

    static void see(TestProvider provider) {
        seen.add(provider);
        ports.add(provider.port());
    }

    @Test
    void oneRunningProviderIsInjectedEverywhereInAClassAndClosedAfterIt() throws Exception {
        TestExecutionSummary summary = run(Injected.class);
        assertEquals(2, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(5, seen.size(), "@BeforeAll, then @BeforeEach and the test, twice");
        for (TestProvider p : seen) {
            assertSame(seen.get(0), p);
        }
        assertEquals(List.of("200", "200"), notes, "it answered while the tests ran");
        assertClosed(ports.get(0));
    }

    @Test
    void everyTestStartsWithoutTheFaultsAndRequestsOfTheOneBefore() {
        TestExecutionSummary summary = run(Resetting.class);
        assertEquals(2, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(List.of("503", "faults 0, requests 0", "200"), notes);
    }

    @Test
    void providerIsClosedAfterAFailingTest() throws Exception {
        TestExecutionSummary summary = run(FailingTestMethod.class);
        assertEquals(1, summary.getTestsFailedCount());
        assertEquals(1, seen.size());
        assertClosed(ports.get(0));
    }

    @Test
    void providerIsClosedWhenBeforeAllFails() throws Exception {
        TestExecutionSummary summary = run(FailingBeforeAll.class);
        assertEquals(1, summary.getContainersFailedCount());
        assertEquals(0, summary.getTestsStartedCount());
        assertEquals(1, seen.size());
        assertClosed(ports.get(0));
    }

    @Test
    void staticFieldsGiveEachRegistrationItsOwnProviderOnlyWhileTheClassRuns() throws Exception {
        TestExecutionSummary summary = run(TwoFields.class);
        assertEquals(1, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(2, seen.size());
        assertNotEquals(ports.get(0), ports.get(1));
        assertClosed(ports.get(0));
        assertClosed(ports.get(1));
        assertThrows(IllegalStateException.class, TwoFields.MAIN::get);
    }

    @Test
    void aSecondProviderInAFieldLeavesTheParameterToTheDeclaredOne() throws Exception {
        TestExecutionSummary summary = run(DeclaredAndSecondInAField.class);
        assertEquals(1, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(2, seen.size());
        assertNotSame(seen.get(0), seen.get(1));
        assertNotEquals(ports.get(0), ports.get(1));
        assertClosed(ports.get(0));
        assertClosed(ports.get(1));
    }

    // ---------------------------------------------------------------- samples (run only through run(...))

    static boolean runningSamples() { return runningSamples; }

    @ExtendWith(TestProviderExtension.class)
    @EnabledIf(SAMPLE)
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
            notes.add(String.valueOf(Exchange.get(provider.baseUrl() + "/models").status()));
        }
    }

    @ExtendWith(TestProviderExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @EnabledIf(SAMPLE)
    static class Resetting {
        @Test
        @Order(1)
        void leavesAFaultBehind(TestProvider provider) throws Exception {
            provider.faults().add(Fault.status(503).on(Target.MODELS).always());
            notes.add(String.valueOf(Exchange.get(provider.baseUrl() + "/models").status()));
        }

        @Test
        @Order(2)
        void findsAFreshProvider(TestProvider provider) throws Exception {
            notes.add("faults " + provider.faults().pending().size() + ", requests " + provider.requests().all().size());
            notes.add(String.valueOf(Exchange.get(provider.baseUrl() + "/models").status()));
        }
    }

    @ExtendWith(TestProviderExtension.class)
    @EnabledIf(SAMPLE)
    static class FailingTestMethod {
        @Test
        void fails(TestProvider provider) {
            see(provider);
            fail("on purpose");
        }
    }

    @ExtendWith(TestProviderExtension.class)
    @EnabledIf(SAMPLE)
    static class FailingBeforeAll {
        @BeforeAll
        static void fails(TestProvider provider) {
            see(provider);
            throw new IllegalStateException("on purpose");
        }

        @Test
        void neverRuns() { }
    }

    @EnabledIf(SAMPLE)
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

    @EnabledIf(SAMPLE)
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

    // ---------------------------------------------------------------- helpers

    private static TestExecutionSummary run(Class<?> sample) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        runningSamples = true;
        try {
            LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(sample)).build(), listener);
        } finally {
            runningSamples = false;
        }
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        StringBuilder b = new StringBuilder();
        for (TestExecutionSummary.Failure f : summary.getFailures()) {
            b.append(f.getTestIdentifier().getDisplayName()).append(": ").append(f.getException()).append('\n');
        }
        return b.toString();
    }

    private static void assertClosed(int port) {
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
            "port " + port + " still accepts connections");
    }
}
