package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.DONE;
import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static dev.modeldeck.core.reply.ReplyFixtures.delta;
import static dev.modeldeck.core.reply.ReplyFixtures.finish;
import static dev.modeldeck.core.reply.ScriptedStreamTransport.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request started after a lock anywhere is refused with "Unlock to continue", and no key is even read. */
class LockedVaultRoutingTest {
    private final ReplyFixtures fx = new ReplyFixtures();
    private final FakeClock clock = new FakeClock(1_000);
    private final ScriptedStreamTransport transport = new ScriptedStreamTransport(clock);
    /** Providers whose keys the router asked for. */
    private final List<String> keysRead = new ArrayList<>();
    /** The vault's state as the session store reports it at the moment of asking. */
    private boolean lockedNow;

    private final ReplyNetwork network = new ReplyNetwork() {
        @Override public boolean keysLocked() { return lockedNow; }
        @Override public ProviderConfig withKey(ProviderConfig p) {
            keysRead.add(p.id);
            return p;
        }
        @Override public HttpTransport transport(ProviderConfig p) { return transport; }
        @Override public CircuitBreaker breaker(ProviderConfig p) { return null; }
    };

    private ChatMessage send(String provider, String model) {
        ReplyPlan plan = ReplyPlan.prepare(fx.targets(), conversation("Hello?"), provider, model, clock.nowMillis());
        new ReplyRouter(network, clock, null).run(plan, new Cancellation(), new ReplyListener() {
            @Override public void onContent(String delta) { }
            @Override public void onReasoning(String delta) { }
            @Override public void onCheckpoint() { }
        });
        return plan.reply();
    }

    @Test
    void aLockReportedAtSendTimeRefusesBeforeAnyKeyIsRead() {
        lockedNow = true;

        ChatMessage reply = send("p-main", "gpt-a");

        assertEquals(ChatMessage.Status.ERROR, reply.status);
        assertEquals(I18n.t("ui_unlock_to_continue"), reply.error);
        assertEquals(List.of(), keysRead);
        assertEquals(0, transport.requests.size());
        assertTrue(reply.routeNote.contains(I18n.t("net_reason_locked")), "the note names the lock: " + reply.routeNote);
        assertFalse(reply.routeNote.contains(I18n.t("net_reason_auth")), "not a rejected key: " + reply.routeNote);
    }

    @Test
    void aKeylessServerWhoseHeaderValueLivesInTheVaultIsRefusedToo() {
        fx.local.extraHeaders.add(new NameValue("Authorization", ProviderSecrets.IN_VAULT));
        lockedNow = true;

        ChatMessage reply = send("p-local", "llama");

        assertEquals(I18n.t("ui_unlock_to_continue"), reply.error);
        assertEquals(0, transport.requests.size());
    }

    @Test
    void aKeylessServerWithoutSecretsStillAnswersWhileLocked() {
        lockedNow = true;
        transport.answer(stream(delta("Hi."), finish(), DONE));

        ChatMessage reply = send("p-local", "llama");

        assertEquals(ChatMessage.Status.COMPLETE, reply.status);
        assertNull(transport.requests.get(0).header("Authorization"));
    }
}
