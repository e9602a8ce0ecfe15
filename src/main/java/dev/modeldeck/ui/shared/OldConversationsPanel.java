package dev.modeldeck.ui.shared;

import dev.modeldeck.core.history.OldConversations;
import dev.modeldeck.core.history.OldConversationsReport;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.time.Clock;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Delete old conversations" (the chat's conversation list and the settings' storage section): choose an age,
 * review what would go and how much space that frees, export it all to one JSON file if wanted, then confirm.
 */
public final class OldConversationsPanel {
    private final OldConversations old;
    private final Clock clock;
    private final Supplier<String> openHere;
    private final Runnable afterDelete;
    private final El root = El.tag("section").cls("old-conversations");
    private final El age = El.tag("select");
    private final El review = El.button(I18n.t("history_old_review"));
    /** What a deletion would do or did; announced through the page's status region, so not live itself. */
    private final El report = El.tag("p").cls("old-report");
    private final El export = El.button(I18n.t("history_old_export"));
    private final El delete = El.button("").cls("danger");
    private final El cancel = El.button(I18n.t("history_old_cancel"));
    private final El actions = El.div("old-actions").hidden(true);
    private OldConversations.Plan plan;

    /**
     * @param openHere the conversation open in this page (never deleted), or null
     * @param afterDelete called once conversations were deleted (the page refreshes its list or usage)
     */
    public OldConversationsPanel(OldConversations old, Clock clock, int headingLevel, Supplier<String> openHere, Runnable afterDelete) {
        this.old = old;
        this.clock = clock;
        this.openHere = openHere;
        this.afterDelete = afterDelete;
        for (int days : OldConversations.AGES_DAYS) {
            age.add(El.tag("option").attr("value", Integer.toString(days)).text(OldConversationsReport.age(days)));
        }
        age.value(Integer.toString(OldConversations.DEFAULT_DAYS));
        age.on("change", this::dropPlan);
        review.onClickAsync(this::reviewNow);
        export.onClickAsync(() -> withPlan(this::exportNow));
        delete.onClickAsync(() -> {
            withPlan(this::deleteNow);
            review.focus(); // the deletion's buttons are gone
        });
        cancel.onClick(() -> {
            dropPlan();
            review.focus();
        });
        actions.add(export, delete, cancel);
        root.label(I18n.t("history_old_title"));
        root.add(El.heading(headingLevel, I18n.t("history_old_title")),
            El.div("old-choice").add(El.field("old-age", I18n.t("history_old_age_label"), age), review), report, actions);
    }

    public El element() { return root; }

    private void dropPlan() {
        plan = null;
        report.text("");
        actions.hidden(true);
    }

    private void working(boolean on) {
        root.busy(on);
        review.disabled(on);
        export.disabled(on);
        delete.disabled(on);
    }

    private void reviewNow() {
        working(true);
        try {
            plan = old.plan(Integer.parseInt(age.value()), clock.nowMillis(), openHere.get());
            String text = OldConversationsReport.plan(plan);
            report.text(text);
            Alerts.say(text);
            delete.text(I18n.plural("history_old_delete", plan.doomed().size()));
            actions.hidden(plan.isEmpty());
            report.node().scrollIntoView(); // the popup's conversation list is short: show the review and its buttons
        } finally {
            working(false);
        }
    }

    /** Runs {@code action} on the reviewed plan (if there still is one) with the panel busy. */
    private void withPlan(Consumer<OldConversations.Plan> action) {
        OldConversations.Plan p = plan;
        if (p == null) {
            return;
        }
        working(true);
        try {
            action.accept(p);
        } finally {
            working(false);
        }
    }

    private void exportNow(OldConversations.Plan p) {
        StringBuilder problem = new StringBuilder();
        String file = old.export(p, clock.nowMillis(), problem);
        if (file == null) {
            Alerts.error(problem.toString());
            return;
        }
        FileDownload.save(file, "modeldeck-conversations-" + p.days() + "-days.json", "application/json");
        Alerts.say(I18n.plural("history_old_exported", p.doomed().size()));
    }

    private void deleteNow(OldConversations.Plan p) {
        OldConversations.Outcome done = old.delete(p, openHere.get());
        dropPlan();
        String text = OldConversationsReport.done(done);
        report.text(text);
        String failure = OldConversationsReport.failure(done);
        if (failure != null) {
            Alerts.error(failure);
        } else {
            Alerts.say(text);
        }
        afterDelete.run();
    }
}
