package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static dev.modeldeck.core.reply.ReplyFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import org.junit.jupiter.api.Test;

class ReplyPlanTest {
    private final ReplyFixtures fx = new ReplyFixtures();

    @Test
    void aPlannedReplyIsAddedAsStreamingUnderTheFirstTargetsName() {
        Conversation c = conversation("Hello?");

        ReplyPlan plan = ReplyPlan.prepare(fx.targets(), c, ReplyTargets.CHAIN_PROVIDER, "Team", 42_000);

        assertNull(plan.refusal());
        ChatMessage reply = plan.reply();
        assertSame(reply, c.last());
        assertEquals(ChatMessage.Status.STREAMING, reply.status);
        assertEquals(42_000, reply.createdAt);
        assertEquals("", reply.content);
        assertEquals("Main", reply.providerName);
        assertEquals("p-main", reply.providerId);
        assertEquals("gpt-a", reply.modelId);
        assertEquals(Long.valueOf(128_000), plan.firstFit().contextLength());
    }

    @Test
    void aSingleModelTooSmallForTheNewestMessageIsRefusedAndNamesItsWindow() {
        fx.mainWindow = 1_500L;
        Conversation c = conversation(words(2_000));

        ReplyPlan plan = ReplyPlan.prepare(fx.targets(), c, "p-main", "gpt-a", 0);

        assertEquals("This message does not fit gpt-a's context window (1,500 tokens) even without older turns. "
            + "Shorten it, or pick a model with a larger window.", plan.refusal());
        assertNull(plan.reply());
        assertEquals(1, c.messages.size(), "nothing is added to the conversation");
        assertFalse(plan.firstFit().fits(), "the estimate is still shown");
    }

    @Test
    void aChainWhoseFirstModelIsTooSmallIsNotRefused() {
        fx.mainWindow = 100L;

        ReplyPlan plan = ReplyPlan.prepare(fx.targets(), conversation(words(300)), ReplyTargets.CHAIN_PROVIDER, "Team", 0);

        assertNull(plan.refusal());
        assertNotNull(plan.reply());
        assertFalse(plan.firstFit().fits());
    }

    @Test
    void aModelWhoseProviderIsDisabledIsRefusedWithoutAnEstimate() {
        fx.main.enabled = false;

        ReplyPlan plan = ReplyPlan.prepare(fx.targets(), conversation("Hello?"), "p-main", "gpt-a", 0);

        assertEquals(I18n.t("chat_provider_missing"), plan.refusal());
        assertNull(plan.firstFit());
        assertNull(plan.reply());
    }
}
