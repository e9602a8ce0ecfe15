package dev.modeldeck.ui.options;

import dev.modeldeck.core.diagnosis.ConnectionTest;
import dev.modeldeck.core.diagnosis.Step;
import dev.modeldeck.core.diagnosis.StepResult;
import dev.modeldeck.core.diagnosis.StepStatus;
import dev.modeldeck.core.diagnosis.TestReport;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.Format;

/**
 * The "Connection test" region: runs the step-by-step test on the form's draft and shows each step
 * as it completes, with one-click fixes for the two problems the page itself can solve (the host
 * permission and the Origin rule).
 */
final class ConnectionTestView {
    private final AppContext ctx;
    private final Fixes fixes;
    private final El root = El.tag("section").cls("panel test-report").role("region").label(I18n.t("opt_test_heading")).hidden(true);
    private final El heading = El.heading(2, I18n.t("opt_test_heading"));
    private final El progress = El.div("hint").attr("aria-live", "polite");
    private final El steps = El.tag("ol").cls("steps");
    private final El cancelButton = El.button(I18n.t("opt_test_cancel"));
    private Cancellation running;

    /** What the page does for the fix buttons. */
    interface Fixes {
        /** The user answered the permission prompt. */
        void permissionAnswered(String pattern, boolean granted);
        /** Ticks the form's "Remove the Origin header" box; the user still saves. */
        void turnOnOriginRule();
    }

    /** The form checkbox's label, as the Origin fix quotes it. */
    static String originSetting() {
        return I18n.t("diag_strip_origin_setting");
    }

    /** A step's or a row's status word ("ok", "warning", "failed", "skipped") in the user's language. */
    static String statusLabel(String word) {
        switch (word == null ? "" : word) {
            case "ok": return I18n.t("opt_test_status_ok");
            case "warning": return I18n.t("opt_test_status_warning");
            case "failed": return I18n.t("opt_test_status_failed");
            case "skipped": return I18n.t("opt_test_status_skipped");
            default: return word == null ? "" : word;
        }
    }

    ConnectionTestView(AppContext ctx, Fixes fixes) {
        this.ctx = ctx;
        this.fixes = fixes;
        cancelButton.onClick(() -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
                progress.text(I18n.t("opt_test_cancelling"));
            }
        });
        root.add(heading, progress, steps, El.div("form-actions").add(cancelButton));
        cancelButton.hidden(true);
    }

    El element() { return root; }

    boolean isRunning() { return running != null; }

    void reset() {
        Cancellation c = running;
        if (c != null) {
            c.cancel();
        }
        running = null;
        steps.clear();
        progress.text("");
        cancelButton.hidden(true);
        root.busy(false).hidden(true);
    }

    /**
     * Starts a test of the draft (cancelling one still running); returns at once.
     * @param saved whether the provider is stored: only then does the outcome go into its health record
     */
    void run(ProviderConfig draft, boolean saved) {
        reset();
        Cancellation cancel = new Cancellation();
        running = cancel;
        boolean unnamed = draft.name == null || draft.name.isEmpty();
        heading.text(unnamed ? I18n.t("opt_test_heading_unnamed") : I18n.t("opt_test_heading_named", draft.name));
        progress.text(stepProgress(1));
        cancelButton.hidden(false);
        root.hidden(false).busy(true);
        Async.run(() -> {
            ConnectionTest test = new ConnectionTest(ctx.network.diagnostic(), ctx.clock, new BrowserPermissionProbe(ctx.browser));
            int[] done = {0};
            TestReport report = test.run(draft, cancel, r -> {
                if (running == cancel) {
                    steps.add(line(draft, r));
                    done[0]++;
                    if (done[0] < Step.values().length) {
                        progress.text(stepProgress(done[0] + 1));
                    }
                }
            });
            if (running != cancel) {
                return; // superseded by another test or the form closed
            }
            running = null;
            cancelButton.hidden(true);
            root.busy(false);
            progress.text(verdict(report));
            Alerts.say(I18n.t("opt_test_finished", verdict(report)));
            if (saved) {
                TestHealth.record(ctx, report);
            }
        });
    }

    private static String stepProgress(int step) {
        return I18n.t("opt_test_progress", I18n.format().integer(step), I18n.format().integer(Step.values().length));
    }

    private static String verdict(TestReport report) {
        if (report.cancelled()) {
            return I18n.t("opt_test_verdict_cancelled");
        }
        StepResult problem = report.firstProblem();
        if (problem == null) {
            return I18n.t("opt_test_verdict_passed");
        }
        return problem.status() == StepStatus.FAILED ? I18n.t("opt_test_verdict_failed_at", problem.step().label())
            : I18n.t("opt_test_verdict_warning_at", problem.step().label());
    }

    /** One step: label, status word, duration, summary, and the fix on its own line. */
    private El line(ProviderConfig draft, StepResult r) {
        El li = El.tag("li").data("step", r.step().name().toLowerCase());
        li.add(El.span("step-label", r.step().label()));
        li.addText(": ");
        li.add(El.span("step-" + r.status().word(), r.status().label()));
        if (r.status() != StepStatus.SKIPPED) {
            li.add(El.span("step-duration muted", " (" + Format.millis(r.durationMs()) + ")"));
        }
        if (!r.summary().isEmpty()) {
            li.addText(" \u2014 " + r.summary());
        }
        if (r.fix() != null && !r.fix().isEmpty()) {
            li.add(El.span("step-fix", I18n.t("opt_test_fix", r.fix())));
        }
        if (r.details() != null && !r.details().isEmpty()) {
            li.add(El.div("hint").text(r.details()));
        }
        if (r.step() == Step.PERMISSION && r.failed()) {
            li.add(El.div("row").add(grantButton(draft)));
        }
        // The Origin fix (and only it) quotes the form's checkbox; a CORS or crash fix does not.
        if (r.step() == Step.ORIGIN && r.failed() && !draft.stripOrigin && r.fix() != null
                && r.fix().contains(originSetting())) {
            El turnOn = El.button(I18n.t("opt_test_turn_on_origin"));
            turnOn.onClick(() -> {
                fixes.turnOnOriginRule();
                turnOn.disabled(true);
                Alerts.say(I18n.t("opt_test_turned_on_origin", originSetting()));
            });
            li.add(El.div("row").add(turnOn));
        }
        return li;
    }

    private El grantButton(ProviderConfig draft) {
        String pattern = BaseUrlCheck.permissionPattern(BaseUrlCheck.check(draft.baseUrl).normalized());
        El grant = El.button(I18n.t("opt_grant_access")).cls("primary");
        grant.onClick(() -> {
            if (pattern == null) {
                return;
            }
            // The prompt needs this click's user gesture: ask synchronously, never wait for the answer here.
            ctx.browser.requestHostPermission(pattern, ok -> {
                fixes.permissionAnswered(pattern, ok);
                Alerts.say(ok ? I18n.t("opt_test_access_granted", pattern) : I18n.t("opt_access_not_granted", pattern));
            });
        });
        return grant;
    }
}
