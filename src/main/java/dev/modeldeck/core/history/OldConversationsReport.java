package dev.modeldeck.core.history;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.store.ConversationSummary;

/** The sentences of "Delete old conversations": what a deletion would do, and what it did. */
public final class OldConversationsReport {
    private OldConversationsReport() { }

    /** An entry of the age choice: "90 days". */
    public static String age(int days) { return I18n.plural("history_old_days", days); }

    /** What deleting would do: how many go and about how much storage, which are kept and why. */
    public static String plan(OldConversations.Plan p) {
        StringBuilder sb = new StringBuilder(p.isEmpty()
            ? I18n.t("history_old_none", Integer.toString(p.days()))
            : I18n.plural("history_old_plan", p.doomed().size(), Integer.toString(p.days()), Units.size(p.bytes())));
        for (ConversationSummary s : p.keptOpen()) {
            sb.append(' ').append(I18n.t("history_old_kept_open", I18n.quoted(s.title())));
        }
        for (ConversationSummary s : p.keptStreaming()) {
            sb.append(' ').append(I18n.t("history_old_kept_streaming", I18n.quoted(s.title())));
        }
        for (String notice : p.notices()) {
            sb.append(' ').append(notice);
        }
        if (!p.isEmpty()) {
            sb.append(' ').append(I18n.t("history_old_export_hint"));
        }
        return sb.toString();
    }

    /** What was deleted, and what was kept because it changed after the review. */
    public static String done(OldConversations.Outcome o) {
        String text = I18n.plural("history_old_deleted", o.deleted(), Units.size(o.bytes()));
        return o.keptSince() == 0 ? text : text + " " + I18n.plural("history_old_kept_since", o.keptSince());
    }

    /** Why some could not be deleted, or null when none failed. */
    public static String failure(OldConversations.Outcome o) {
        return o.failed() == 0 ? null : I18n.plural("history_old_failed", o.failed(), o.error());
    }
}
