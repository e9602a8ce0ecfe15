package dev.modeldeck.ui.options;

import dev.modeldeck.core.diagnosis.Step;
import dev.modeldeck.core.diagnosis.StepResult;
import dev.modeldeck.core.diagnosis.TestReport;
import dev.modeldeck.core.net.HealthTracker;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.ui.shared.AppContext;

/**
 * Feeds one connection test into the provider's health record. The test's requests go straight to
 * fetch (the options page routes no provider through the health layer), so the outcome is recorded
 * here, once per test, and persisted the way the network stack persists it.
 */
final class TestHealth {
    private TestHealth() { }

    static void record(AppContext ctx, TestReport report) {
        String id = report.providerId();
        Outcome o = outcome(report);
        if (id == null || o == null) {
            return;
        }
        HealthTracker t = ctx.network.tracker(id);
        long now = ctx.clock.nowMillis();
        long latency = Math.max(0, report.latencyToFirstByteMs());
        if (o.kind == null) {
            t.recordSuccess(now, latency);
        } else {
            t.recordFailure(now, latency, o.kind, o.message);
        }
        try {
            ctx.store.put(StorageKeys.health(id), t.toJson().toString());
        } catch (StoreException e) {
            // Health history is a convenience; a full storage must not spoil the test result.
        }
    }

    private static final class Outcome {
        final NetException.Kind kind;
        final String message;

        Outcome(NetException.Kind kind, String message) {
            this.kind = kind;
            this.message = message;
        }
    }

    /** Null when the test says nothing about the server (cancelled, or the settings were unusable). */
    private static Outcome outcome(TestReport r) {
        if (r.cancelled()) {
            return null;
        }
        StepResult failed = null;
        for (StepResult s : r.steps()) {
            // A missing permission alone is about the browser, not the server's health.
            if (s.failed() && s.step() != Step.PERMISSION) {
                failed = s;
                break;
            }
        }
        if (failed == null) {
            return r.latencyToFirstByteMs() >= 0 ? new Outcome(null, null) : null;
        }
        switch (failed.step()) {
            case CONFIGURATION:
                return null;
            case REACH:
                return new Outcome(NetException.Kind.NETWORK, failed.summary());
            case ORIGIN:
                return new Outcome(NetException.Kind.PERMISSION, failed.summary());
            case AUTHENTICATION:
                return new Outcome(NetException.Kind.AUTH, failed.summary());
            default:
                return new Outcome(NetException.Kind.SERVER, failed.summary());
        }
    }
}
