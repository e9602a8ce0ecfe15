package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.store.ConversationSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class OldConversationsReportTest {
    static ConversationSummary summary(String title) { return new ConversationSummary("id-" + title, title, 0, null); }

    @Test
    void thePlanSaysHowManyGoHowMuchAndWhichAreKeptAndWhy() {
        OldConversations.Plan p = new OldConversations.Plan(90, 0, List.of(summary("A"), summary("B")), 3 * 1_048_576L,
            List.of(summary("Open one")), List.of(summary("Busy one")), List.of(), java.util.Map.of());
        assertEquals("2 conversations, last active more than 90 days ago, will be deleted: about 3 MB."
            + " Kept: “Open one”, it is open in this page. Kept: “Busy one”, a reply is streaming into it in another page."
            + " To keep a copy, export them first: “Import conversation (JSON)” in the conversation list reads the file back.",
            OldConversationsReport.plan(p));
    }

    @Test
    void aPlanWithNothingToDeleteSaysSoAndOffersNoExport() {
        OldConversations.Plan p = new OldConversations.Plan(30, 0, List.of(), 0, List.of(summary("Open one")), List.of(), List.of(), java.util.Map.of());
        assertEquals("No conversation was last active more than 30 days ago. Kept: “Open one”, it is open in this page.",
            OldConversationsReport.plan(p));
        assertEquals("1 conversation, last active more than 365 days ago, will be deleted: about 2 KB."
            + " To keep a copy, export them first: “Import conversation (JSON)” in the conversation list reads the file back.",
            OldConversationsReport.plan(new OldConversations.Plan(365, 0, List.of(summary("A")), 2048, List.of(), List.of(), List.of(), java.util.Map.of())));
    }

    @Test
    void theOutcomeSaysWhatWentWhatStayedAndWhatFailed() {
        assertEquals("Deleted 3 conversations (about 12 KB freed).", OldConversationsReport.done(new OldConversations.Outcome(3, 12_288, 0, 0, null)));
        assertNull(OldConversationsReport.failure(new OldConversations.Outcome(3, 12_288, 0, 0, null)));
        OldConversations.Outcome mixed = new OldConversations.Outcome(1, 1024, 1, 2, "Storage is full.");
        assertEquals("Deleted 1 conversation (about 1 KB freed). 1 conversation was kept: it was used or opened after the review.",
            OldConversationsReport.done(mixed));
        assertEquals("2 conversations could not be deleted: Storage is full.", OldConversationsReport.failure(mixed));
        assertEquals("90 days", OldConversationsReport.age(90));
    }
}
