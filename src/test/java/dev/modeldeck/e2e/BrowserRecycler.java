package dev.modeldeck.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Asks for a fresh browser after any test or per-test lifecycle method fails: a timed-out test may still hold
 * the old one (its thread is abandoned, not stopped), and a failure mid-step can leave dialogs, extra tabs or a
 * hung page behind that would fail the next test for the wrong reason.
 */
final class BrowserRecycler implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private static volatile boolean restartRequested;

    /** Whether a failure asked for a fresh browser since the last call; clears the request. */
    static boolean takeRestartRequest() {
        boolean requested = restartRequested;
        restartRequested = false;
        return requested;
    }

    private static void request(Throwable t) throws Throwable {
        restartRequested = true;
        throw t;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        request(t);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        request(t);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        request(t);
    }
}
