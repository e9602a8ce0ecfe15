package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.net.FailoverEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTargetsTest {
    private final ReplyFixtures fx = new ReplyFixtures();

    private static List<String> labels(List<FailoverEntry> entries) {
        List<String> out = new ArrayList<>();
        for (FailoverEntry e : entries) {
            out.add(e.label());
        }
        return out;
    }

    @Test
    void aChainIsAskedInItsOrderLeavingOutDisabledAndDeletedProviders() {
        fx.backup.enabled = false;
        fx.settings.chain("Team").steps.add(new dev.modeldeck.core.store.FallbackStep("p-gone", "x"));

        List<FailoverEntry> entries = fx.targets().forPick(ReplyTargets.CHAIN_PROVIDER, "Team");

        assertEquals(Arrays.asList("p-main/gpt-a", "p-local/llama"), labels(entries));
    }

    @Test
    void aPickedModelIsOneTargetUnlessItsProviderIsUnusable() {
        assertEquals(Arrays.asList("p-backup/model-b"), labels(fx.targets().forPick("p-backup", "model-b")));
        assertTrue(fx.targets().forPick(ReplyTargets.CHAIN_PROVIDER, "No such chain").isEmpty());
        assertTrue(fx.targets().forPick("p-gone", "model").isEmpty());
        fx.backup.enabled = false;
        assertTrue(fx.targets().forPick("p-backup", "model-b").isEmpty());
    }

    @Test
    void theRequestCarriesTheListedIdAndAModelNotListedGoesAsPicked() {
        assertEquals("gpt-a-2024-08", fx.targets().requestModel(new FailoverEntry("p-main", "gpt-a")));
        assertEquals("my-fine-tune", fx.targets().requestModel(new FailoverEntry("p-main", "my-fine-tune")));
    }

    @Test
    void theFitUsesTheModelsWindowAndTheProvidersMaxTokens() {
        fx.backup.maxTokens = 4_000L;

        ContextFitter.Fit fit = fx.targets().firstFit(conversation("Hello?"), "p-backup", "model-b");

        assertEquals(Long.valueOf(32_000), fit.contextLength());
        assertEquals(4_000, fit.replyReserve());
        assertTrue(fit.fits());
    }

    @Test
    void anUnknownWindowOrNoTargetLeavesTheEstimateOpen() {
        fx.backupWindow = null;
        assertFalse(fx.targets().firstFit(conversation("Hello?"), "p-backup", "model-b").contextKnown());
        assertNull(fx.targets().firstFit(conversation("Hello?"), "p-gone", "model"));
        assertFalse(new ReplyTargets(fx.settings, null).firstFit(conversation("Hello?"), "p-main", "gpt-a").contextKnown(),
            "before any model list arrives");
    }

    @Test
    void aProviderThatIsGoneIsNamedByItsId() {
        assertEquals("Main", fx.targets().providerName("p-main"));
        assertEquals("p-gone", fx.targets().providerName("p-gone"));
    }
}
