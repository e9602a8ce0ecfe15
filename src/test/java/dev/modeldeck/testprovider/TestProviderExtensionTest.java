package dev.modeldeck.testprovider;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs the {@link ExtensionSamples} through the JUnit launcher and checks what they saw. */
class TestProviderExtensionTest {
    private final List<TestProvider> seen = ExtensionSamples.SEEN;
    private final List<Integer> ports = ExtensionSamples.PORTS;
    private final List<String> notes = ExtensionSamples.NOTES;

    @Test
    void oneRunningProviderIsInjectedEverywhereInAClassAndClosedAfterIt() {
        TestExecutionSummary summary = ExtensionSamples.run(ExtensionSamples.Injected.class);
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
        TestExecutionSummary summary = ExtensionSamples.run(ExtensionSamples.Resetting.class);
        assertEquals(2, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(List.of("503", "faults 0, requests 0", "200"), notes);
    }

    @ParameterizedTest
    @ValueSource(classes = {ExtensionSamples.FailingTestMethod.class, ExtensionSamples.FailingBeforeAll.class})
    void providerIsClosedAfterAFailingTestOrBeforeAll(Class<?> sample) {
        TestExecutionSummary summary = ExtensionSamples.run(sample);
        assertEquals(1, summary.getTotalFailureCount(), "the sample fails on purpose");
        assertEquals(1, seen.size());
        assertClosed(ports.get(0));
    }

    @Test
    void staticFieldsGiveEachRegistrationItsOwnProviderOnlyWhileTheClassRuns() {
        assertTwoProvidersSeenAndClosed(ExtensionSamples.run(ExtensionSamples.TwoFields.class));
        assertThrows(IllegalStateException.class, ExtensionSamples.TwoFields.MAIN::get);
    }

    @Test
    void aSecondProviderInAFieldLeavesTheParameterToTheDeclaredOne() {
        assertTwoProvidersSeenAndClosed(ExtensionSamples.run(ExtensionSamples.DeclaredAndSecondInAField.class));
    }

    // ---------------------------------------------------------------- helpers

    /** The sample's one test passed, having seen two different providers; both are closed now. */
    private void assertTwoProvidersSeenAndClosed(TestExecutionSummary summary) {
        assertEquals(1, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(2, seen.size());
        assertNotSame(seen.get(0), seen.get(1));
        assertNotEquals(ports.get(0), ports.get(1));
        assertClosed(ports.get(0));
        assertClosed(ports.get(1));
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
