package dev.modeldeck.core.reply;

import static dev.modeldeck.core.reply.ReplyFixtures.DONE;
import static dev.modeldeck.core.reply.ReplyFixtures.conversation;
import static dev.modeldeck.core.reply.ReplyFixtures.delta;
import static dev.modeldeck.core.reply.ReplyFixtures.finish;
import static dev.modeldeck.core.reply.ReplyFixtures.thinking;
import static dev.modeldeck.core.reply.ReplyFixtures.usage;
import static dev.modeldeck.core.reply.ReplyFixtures.words;
import static dev.modeldeck.core.reply.ScriptedStreamTransport.fail;
import static dev.modeldeck.core.reply.ScriptedStreamTransport.status;
import static dev.modeldeck.core.reply.ScriptedStreamTransport.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyRouterTest {
    private final ReplyFixtures fx = new ReplyFixtures();
    private final FakeClock clock = new FakeClock(1_000);
    private final ScriptedStreamTransport transport = new ScriptedStreamTransport(clock);
    private final Cancellation cancel = new Cancellation();
    private final Map<String, CircuitBreaker> breakers = new HashMap<>();
    private final Recorder shown = new Recorder();
    private boolean keysLocked;

    /** The page's side: what it was asked to show and save, and the reply's text at each save. */
    private static final class Recorder implements ReplyListener {
        final StringBuilder content = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        final List<String> savedTexts = new ArrayList<>();
        int unlockOffers;
        ChatMessage reply;

        @Override public void onContent(String delta) { content.append(delta); }
        @Override public void onReasoning(String delta) { reasoning.append(delta); }
        @Override public void onCheckpoint() { savedTexts.add(reply.content); }
        @Override public void onKeysLocked() { unlockOffers++; }
    }

    private final ReplyNetwork network = new ReplyNetwork() {
        @Override public boolean keysLocked() { return keysLocked; }
        @Override public ProviderConfig withKey(ProviderConfig p) { return p; }
        @Override public HttpTransport transport(ProviderConfig p) { return transport; }
        @Override public CircuitBreaker breaker(ProviderConfig p) { return breakers.get(p.id); }
    };

    private ChatMessage send(String pickedProvider, String pickedModel, Conversation c) {
        ReplyPlan plan = ReplyPlan.prepare(fx.targets(), c, pickedProvider, pickedModel, clock.nowMillis());
        assertNull(plan.refusal());
        shown.reply = plan.reply();
        new ReplyRouter(network, clock, null).run(plan, cancel, shown);
        return plan.reply();
    }

    private ChatMessage sendToTeam() {
        return send(ReplyTargets.CHAIN_PROVIDER, "Team", conversation("Hello?"));
    }

    private ChatMessage sendToMain() {
        return send("p-main", "gpt-a", conversation("Hello?"));
    }

    private static Json body(HttpRequest r) {
        return JsonParser.tryParse(r.body());
    }

    private static String note(String target, String reason) {
        return I18n.t("net_skipped", target, reason);
    }

    private static final String OK_ANSWER = delta("Fine, thanks.");
    /** OpenRouter's way of saying the upstream provider went away mid-stream. */
    private static final String DISCONNECTED = "{\"error\":{\"code\":502,\"message\":\"Provider disconnected\"},"
        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}";

    /** The reply came from the chain's first target alone: one request, nobody skipped. */
    private void assertOnlyMainWasAsked(ChatMessage reply, ChatMessage.Status status, String content) {
        assertEquals(1, transport.requests.size());
        assertEquals(status, reply.status);
        assertEquals(content, reply.content);
        assertEquals("Main", reply.providerName);
        assertNull(reply.routeNote);
    }

    // ---- a reply that works ----

    @Test
    void streamsThePickedModelAndKeepsTextUsageTimingAndWhoAnswered() {
        fx.main.temperature = 0.2;
        fx.main.maxTokens = 256L;
        transport.answer(stream(thinking("Let me see."), delta("Hel"), delta("lo!"), finish(), usage(12, 5), DONE));

        ChatMessage reply = sendToMain();

        assertEquals(ChatMessage.Status.COMPLETE, reply.status);
        assertNull(reply.error);
        assertEquals("Hello!", reply.content);
        assertEquals("Let me see.", reply.reasoning);
        assertEquals("Hello!", shown.content.toString());
        assertEquals("Let me see.", shown.reasoning.toString());
        assertEquals(Long.valueOf(12), reply.promptTokens);
        assertEquals(Long.valueOf(5), reply.completionTokens);
        // Headers after 200 ms, the reasoning delta in the first 10 ms chunk.
        assertEquals(Long.valueOf(ScriptedStreamTransport.SEND_MS + 10), reply.timeToFirstTokenMs);
        assertEquals("Main", reply.providerName);
        assertEquals("p-main", reply.providerId);
        assertEquals("gpt-a", reply.modelId);
        assertNull(reply.routeNote);

        HttpRequest sent = transport.requests.get(0);
        assertEquals("https://main.example/v1/chat/completions", sent.url());
        assertEquals("Bearer " + ReplyFixtures.MAIN_KEY, sent.header("Authorization"));
        assertSame(cancel, sent.cancellation());
        Json b = body(sent);
        assertEquals("gpt-a-2024-08", b.get("model").str(), "the id the provider listed is what is sent");
        assertEquals(Boolean.TRUE, b.get("stream").bool());
        assertEquals(Boolean.TRUE, b.get("stream_options").get("include_usage").bool());
        assertEquals(0.2, b.get("temperature").num(), 1e-9);
        assertEquals(256.0, b.get("max_tokens").num(), 1e-9);
        assertEquals("Hello?", b.get("messages").items().get(0).get("content").str());
    }

    @Test
    void theSystemPromptGoesFirstAndTheReplyBeingFilledIsNotSent() {
        Conversation c = conversation("Hello?");
        c.systemPrompt = "Answer briefly.";
        transport.answer(stream(OK_ANSWER, finish(), DONE));

        send("p-main", "gpt-a", c);

        List<Json> messages = body(transport.requests.get(0)).get("messages").items();
        assertEquals(2, messages.size());
        assertEquals("system", messages.get(0).get("role").str());
        assertEquals("Answer briefly.", messages.get(0).get("content").str());
        assertEquals("user", messages.get(1).get("role").str());
    }

    @Test
    void theReplyIsCopiedForSavingAtMostOnceASecond() {
        transport.chunkMs = 300;
        transport.answer(stream(delta("a"), delta("b"), delta("c"), delta("d"), delta("e"), delta("f"), delta("g"), finish(), DONE));

        ChatMessage reply = sendToMain();

        // Chunks arrive 500, 800, 1100 … 2300 ms after the router started: copies at 1100 and 2300 ms.
        assertEquals(Arrays.asList("abc", "abcdefg"), shown.savedTexts);
        assertEquals("abcdefg", reply.content);
    }

    // ---- failover before the first token ----

    static Stream<Arguments> failuresBeforeAnyText() {
        NetException refused = new NetException(NetException.Kind.NETWORK, "Could not connect to main.example.");
        return Stream.of(
            Arguments.of(status(429, "{\"error\":{\"message\":\"Rate limit reached\"}}"), "rate limited (HTTP 429)"),
            Arguments.of(status(500, "{\"error\":{\"message\":\"boom\"}}"), "server error (HTTP 500)"),
            Arguments.of(status(502, "<html>Bad gateway</html>"), "server error (HTTP 502)"),
            Arguments.of(status(503, "{\"error\":{\"message\":\"overloaded\"}}"), "server error (HTTP 503)"),
            Arguments.of(fail(refused), "could not connect"));
    }

    @ParameterizedTest
    @MethodSource("failuresBeforeAnyText")
    void aFailureBeforeAnyTextHandsOverToTheNextTargetWithANote(ScriptedStreamTransport.Answer first, String reason) {
        transport.answer(first).answer(stream(OK_ANSWER, finish(), DONE));

        ChatMessage reply = sendToTeam();

        assertEquals(Arrays.asList("main.example", "backup.example"), transport.hosts());
        assertEquals(ChatMessage.Status.COMPLETE, reply.status);
        assertEquals("Fine, thanks.", reply.content);
        assertEquals("Backup", reply.providerName);
        assertEquals("model-b", reply.modelId);
        assertEquals(note("Main / gpt-a", reason), reply.routeNote);
        assertEquals("Bearer " + ReplyFixtures.BACKUP_KEY, transport.requests.get(1).header("Authorization"),
            "each target gets its own key");
    }

    @Test
    void aProviderWideFailureSkipsThatProvidersOtherModels() {
        fx.settings.chain("Team").steps.add(1, new dev.modeldeck.core.store.FallbackStep("p-main", "gpt-a-mini"));
        transport.answer(status(401, "{\"error\":{\"message\":\"Invalid API key\"}}")).answer(stream(OK_ANSWER, finish(), DONE));

        ChatMessage reply = sendToTeam();

        assertEquals(Arrays.asList("main.example", "backup.example"), transport.hosts());
        assertEquals(note("Main / gpt-a", "the API key was rejected (HTTP 401)") + "; "
            + note("Main / gpt-a-mini", "Main already failed (the API key was rejected (HTTP 401))"), reply.routeNote);
    }

    @Test
    void anErrorEventBeforeAnyTextHandsOver() {
        transport.answer(stream(DISCONNECTED)).answer(stream(OK_ANSWER, finish(), DONE));

        ChatMessage reply = sendToTeam();

        assertEquals(2, transport.requests.size());
        assertEquals(ChatMessage.Status.COMPLETE, reply.status);
        assertEquals("Backup", reply.providerName);
    }

    @Test
    void aTargetWhoseAddressCannotBeUsedIsSkippedWithoutARequest() {
        fx.main.baseUrl = "ftp://main.example/v1";
        transport.answer(stream(OK_ANSWER, finish(), DONE));

        ChatMessage reply = sendToTeam();

        assertEquals(Arrays.asList("backup.example"), transport.hosts());
        assertEquals(note("Main / gpt-a", "the request was rejected"), reply.routeNote);
    }

    @Test
    void whenEveryTargetFailsTheReplyKeepsTheLastErrorAndEveryNote() {
        transport.answer(status(503, "{}")).answer(status(429, "{}")).answer(status(500, "{\"error\":{\"message\":\"boom\"}}"));

        ChatMessage reply = sendToTeam();

        assertEquals(3, transport.requests.size());
        assertEquals(ChatMessage.Status.ERROR, reply.status);
        assertEquals("Local", reply.providerName);
        assertTrue(reply.error.contains("500"), reply.error);
        assertEquals(note("Main / gpt-a", "server error (HTTP 503)") + "; " + note("Backup / model-b", "rate limited (HTTP 429)")
            + "; " + note("Local / llama", "server error (HTTP 500)"), reply.routeNote);
    }

    @Test
    void aContextLengthRejectionIsShownRatherThanHiddenByAnotherModel() {
        transport.answer(status(400, "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens\","
            + "\"code\":\"context_length_exceeded\"}}"));

        assertOnlyMainWasAsked(sendToTeam(), ChatMessage.Status.ERROR, "");
    }

    // ---- no failover once text has arrived ----

    @Test
    void aConnectionLostMidReplyKeepsThePartialTextAsIncompleteAndTriesNoOtherTarget() {
        NetException dropped = new NetException(NetException.Kind.NETWORK, "The connection dropped.");
        transport.answer(stream(delta("Part of"), delta(" an answer")).thenBreak(dropped));

        ChatMessage reply = sendToTeam();

        assertOnlyMainWasAsked(reply, ChatMessage.Status.INCOMPLETE, "Part of an answer");
        assertEquals("The connection dropped.", reply.error);
    }

    @Test
    void anErrorEventAfterTextEndsTheReplyThereWithoutFailover() {
        transport.answer(stream(delta("Half"), DISCONNECTED));

        assertOnlyMainWasAsked(sendToTeam(), ChatMessage.Status.ERROR, "Half");
    }

    @Test
    void aStreamWithoutItsEndMarkerIsIncompleteAndSaysWhy() {
        transport.answer(stream(delta("Maybe cut")));

        ChatMessage reply = sendToMain();

        assertEquals(ChatMessage.Status.INCOMPLETE, reply.status);
        assertEquals("Maybe cut", reply.content);
        assertEquals(I18n.t("chatcore_no_end_marker"), reply.error);
    }

    // ---- stop ----

    @Test
    void stopMidReplyKeepsWhatArrivedAndTriesNoOtherTarget() {
        transport.answer(stream(delta("One, "), delta("two, "), delta("three"), finish(), DONE).stopAfter(2));

        assertOnlyMainWasAsked(sendToTeam(), ChatMessage.Status.STOPPED, "One, two, ");
    }

    @Test
    void stopBeforeTheFirstRequestSendsNothing() {
        cancel.cancel();

        ChatMessage reply = sendToTeam();

        assertEquals(0, transport.requests.size());
        assertEquals(ChatMessage.Status.STOPPED, reply.status);
        assertEquals("", reply.content);
    }

    // ---- targets skipped without a request ----

    private CircuitBreaker openBreakerOfMain() {
        CircuitBreaker b = new CircuitBreaker("Main", clock);
        for (int i = 0; i < CircuitBreaker.CONSECUTIVE_TO_OPEN; i++) {
            b.record(NetException.Kind.SERVER);
        }
        breakers.put("p-main", b);
        return b;
    }

    @Test
    void anOpenBreakerSkipsItsProviderWithoutARequest() {
        CircuitBreaker b = openBreakerOfMain();
        transport.answer(stream(OK_ANSWER, finish(), DONE));

        ChatMessage reply = sendToTeam();

        assertEquals(Arrays.asList("backup.example"), transport.hosts());
        assertEquals(note("Main / gpt-a", b.rejection().getMessage()), reply.routeNote);
    }

    @Test
    void whenEveryBreakerIsOpenNothingIsSentAndTheReplySaysWhy() {
        CircuitBreaker b = openBreakerOfMain();

        ChatMessage reply = sendToMain();

        assertEquals(0, transport.requests.size());
        assertEquals(ChatMessage.Status.ERROR, reply.status);
        String skipped = note("Main / gpt-a", b.rejection().getMessage());
        assertEquals(I18n.t("chat_not_sent", skipped), reply.error);
        assertEquals(skipped, reply.routeNote);
    }

    @Test
    void aLockedVaultSkipsProvidersThatNeedAKeyAndOffersToUnlock() {
        keysLocked = true;
        transport.answer(stream(OK_ANSWER, finish(), DONE));

        ChatMessage reply = sendToTeam();

        assertEquals(Arrays.asList("127.0.0.1:11434"), transport.hosts());
        assertNull(transport.requests.get(0).header("Authorization"));
        assertEquals(2, shown.unlockOffers);
        assertEquals(ChatMessage.Status.COMPLETE, reply.status);
        assertEquals("Local", reply.providerName);
        assertEquals(note("Main / gpt-a", "the key vault is locked") + "; " + note("Backup / model-b", "the key vault is locked"),
            reply.routeNote);
    }

    @Test
    void aLockedVaultWithOnlyAKeyedTargetFailsWithTheUnlockHint() {
        keysLocked = true;

        ChatMessage reply = sendToMain();

        assertEquals(0, transport.requests.size());
        assertEquals(1, shown.unlockOffers);
        assertEquals(ChatMessage.Status.ERROR, reply.status);
        assertEquals(I18n.t("ui_unlock_to_continue"), reply.error);
    }

    // ---- context windows ----

    @Test
    void aChainSkipsAModelWhoseWindowIsTooSmallForTheConversation() {
        fx.mainWindow = 100L;
        transport.answer(stream(OK_ANSWER, finish(), DONE));

        ChatMessage reply = send(ReplyTargets.CHAIN_PROVIDER, "Team", conversation(words(300)));

        assertEquals(Arrays.asList("backup.example"), transport.hosts());
        assertEquals(ChatMessage.Status.COMPLETE, reply.status);
        assertTrue(reply.routeNote.startsWith(I18n.t("net_skipped", "Main / gpt-a", "")), reply.routeNote);
    }

    @Test
    void whenNoWindowIsLargeEnoughTheReplySaysTheConversationIsTooLong() {
        fx.mainWindow = 100L;
        fx.backupWindow = 100L;
        fx.localWindow = 100L;

        ChatMessage reply = send(ReplyTargets.CHAIN_PROVIDER, "Team", conversation(words(300)));

        assertEquals(0, transport.requests.size());
        assertEquals(ChatMessage.Status.ERROR, reply.status);
        assertEquals(I18n.t("chat_conversation_too_long", "llama"), reply.error);
        assertEquals(3, reply.routeNote.split("; ").length);
    }

    @Test
    void olderTurnsAreLeftOutOfTheRequestToFitTheWindow() {
        fx.mainWindow = 1_000L;
        Conversation c = conversation("oldest question " + words(200), "old answer " + words(200),
            "newer question " + words(200), "newer answer " + words(200), "Latest question?");
        transport.answer(stream(OK_ANSWER, finish(), DONE));

        send("p-main", "gpt-a", c);

        List<Json> messages = body(transport.requests.get(0)).get("messages").items();
        assertEquals(3, messages.size());
        assertTrue(messages.get(0).get("content").str().startsWith("newer question"));
        assertEquals("Latest question?", messages.get(2).get("content").str());
        assertEquals(6, c.messages.size(), "nothing is removed from the conversation itself");
    }
}
