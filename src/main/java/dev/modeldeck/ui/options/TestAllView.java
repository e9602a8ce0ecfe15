package dev.modeldeck.ui.options;

import dev.modeldeck.core.diagnosis.ConnectionTest;
import dev.modeldeck.core.diagnosis.TestAll;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * "Test all" / "Test selected": tests several providers a few at a time and fills a table row by row.
 * The last table is remembered and shown again, with its age, when the page reopens.
 */
final class TestAllView {
    private final AppContext ctx;
    private final TestAllHistory history;
    private final El root = El.tag("section").cls("panel test-all").role("region").label(I18n.t("opt_testall_region")).hidden(true);
    private final El when = El.div("hint").attr("aria-live", "polite");
    private final El body = El.tag("tbody");
    private final El cancelButton = El.button(I18n.t("opt_testall_cancel"));
    private final El closeButton = El.button(I18n.t("opt_testall_hide"));
    private Cancellation running;

    TestAllView(AppContext ctx) {
        this.ctx = ctx;
        this.history = new TestAllHistory(ctx.store);
        El table = El.tag("table").cls("results").add(
            El.tag("caption").text(I18n.t("opt_testall_caption")),
            El.tag("thead").add(El.tag("tr").add(th(I18n.t("opt_testall_col_provider")), th(I18n.t("opt_testall_col_status")),
                th(I18n.t("opt_testall_col_latency")), th(I18n.t("opt_testall_col_models")), th(I18n.t("opt_testall_col_step")))),
            body);
        cancelButton.onClick(() -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
                when.text(I18n.t("opt_test_cancelling"));
            }
        });
        closeButton.onClick(() -> root.hidden(true));
        cancelButton.hidden(true);
        root.add(El.heading(2, I18n.t("opt_testall_heading")), when, table, El.div("form-actions").add(cancelButton, closeButton));
    }

    private static El th(String text) { return El.tag("th").attr("scope", "col").text(text); }

    El element() { return root; }

    boolean isRunning() { return running != null; }

    /** Shows the remembered table, if any, with how long ago it ran. */
    void restore() {
        TestAllHistory.Run last = history.load();
        if (last == null || last.rows.isEmpty()) {
            return;
        }
        body.clear();
        for (TestAllHistory.Row r : last.rows) {
            body.add(row(r));
        }
        when.text(I18n.t("opt_testall_last_run", Format.ago(last.ranAt, ctx.clock.nowMillis()), localTime(last.ranAt)));
        root.hidden(false);
    }

    /** Tests the providers (display order kept); returns at once. {@code nothingMessage} is shown when the list is empty. */
    void run(List<ProviderConfig> providers, String nothingMessage) {
        if (running != null) {
            Alerts.say(I18n.t("opt_testall_still_running"));
            return;
        }
        if (providers.isEmpty()) {
            Alerts.error(nothingMessage);
            return;
        }
        Cancellation cancel = new Cancellation();
        running = cancel;
        long started = ctx.clock.nowMillis();
        List<TestAllHistory.Row> rows = new ArrayList<>();
        List<El> rowEls = new ArrayList<>();
        body.clear();
        for (ProviderConfig p : providers) {
            rows.add(null);
            El tr = El.tag("tr").add(El.tag("th").attr("scope", "row").text(p.name), El.tag("td").text(I18n.t("opt_testall_row_testing")),
                El.tag("td"), El.tag("td"), El.tag("td"));
            rowEls.add(tr);
            body.add(tr);
        }
        when.text(I18n.plural("opt_testall_progress", providers.size(),
            I18n.format().integer(TestAll.DEFAULT_CONCURRENCY), localTime(started)));
        cancelButton.hidden(false);
        root.hidden(false).busy(true);
        Async.run(() -> {
            ConnectionTest test = new ConnectionTest(ctx.network.diagnostic(), ctx.clock, new BrowserPermissionProbe(ctx.browser));
            int[] done = {0};
            List<ProviderConfig> withKeys = new ArrayList<>();
            for (ProviderConfig p : providers) {
                withKeys.add(ctx.withKey(p));
            }
            new TestAll(test).run(withKeys, cancel, (index, r) -> {
                TestAllHistory.Row row = TestAllHistory.Row.of(r);
                rows.set(index, row);
                El fresh = row(row);
                rowEls.get(index).node().getParentNode().replaceChild(fresh.node(), rowEls.get(index).node());
                rowEls.set(index, fresh);
                if (r.report() != null) {
                    TestHealth.record(ctx, r.report());
                }
                done[0]++;
            });
            running = null;
            cancelButton.hidden(true);
            root.busy(false);
            history.save(started, rows);
            int failed = 0;
            for (TestAllHistory.Row r : rows) {
                failed += r != null && "failed".equals(r.status) ? 1 : 0;
            }
            String summary = failed > 0
                ? I18n.plural("opt_testall_summary_failed", done[0], I18n.format().integer(failed))
                : I18n.plural("opt_testall_summary", done[0]);
            when.text(I18n.t("opt_testall_last_run_now", localTime(started)) + " " + summary);
            Alerts.say(summary);
        });
    }

    private static El row(TestAllHistory.Row r) {
        El step = El.tag("td");
        if (r.failingStep != null) {
            step.add(El.tag("strong").text(r.failingStep));
            if (r.problem != null) {
                step.addText(": " + r.problem);
            }
            if (r.fix != null) {
                step.add(El.span("step-fix", I18n.t("opt_test_fix", r.fix)));
            }
        } else if ("skipped".equals(r.status)) {
            step.text(r.problem == null ? I18n.t("opt_testall_not_tested") : r.problem);
        } else {
            step.text(I18n.t("opt_testall_no_failing_step"));
        }
        return El.tag("tr").data("provider-id", r.providerId).add(
            El.tag("th").attr("scope", "row").text(r.provider),
            El.tag("td").add(El.span("step-" + r.status, ConnectionTestView.statusLabel(r.status))),
            El.tag("td").text(r.latencyMs >= 0 ? Format.millis(r.latencyMs) : "—"),
            El.tag("td").text(r.models >= 0 ? I18n.format().integer(r.models) : "—"),
            step);
    }

    private static String localTime(long ms) {
        return I18n.format().dateTime(ms);
    }
}
