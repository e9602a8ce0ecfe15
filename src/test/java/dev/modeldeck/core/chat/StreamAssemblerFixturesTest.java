package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every recorded stream in fixtures/streams, through SseParser (odd chunks) and StreamAssembler. */
class StreamAssemblerFixturesTest {
    static final class Collected implements ChatStreamListener {
        final StringBuilder content = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        int contentCalls;
        final List<String> keepAlives = new ArrayList<>();
        final List<NetException> errors = new ArrayList<>();

        @Override public void onContent(String delta) { content.append(delta); contentCalls++; }
        @Override public void onReasoning(String delta) { reasoning.append(delta); }
        @Override public void onKeepAlive(String comment) { keepAlives.add(comment); }
        @Override public void onError(NetException error) { errors.add(error); }
    }

    static StreamAssembler runSse(String text, ChatStreamListener listener) {
        StreamAssembler a = new StreamAssembler(listener, Collections.singletonList("sk-secret-key"));
        SseParser p = new SseParser(new SseParser.Listener() {
            @Override public void onEvent(String event, String data, String id) { a.onSseEvent(event, data); }
        });
        for (String c : Oracle.oddChunks(text)) {
            p.feed(c);
        }
        p.end();
        return a;
    }

    @ParameterizedTest
    @ValueSource(strings = {"alibaba-qwen-reasoning.sse", "azure-prompt-filter-first-chunk.sse", "deepseek-finish-length.sse",
        "deepseek-reasoning_content.sse", "deepseek-tool-calls-split.sse", "groq-tool-call-single-chunk.sse",
        "groq-x_groq-usage.sse", "mistral-text.sse", "ollama-openai-compat-reasoning-length.sse", "openai-usage-chunk.sse",
        "xai-tool-call.sse"})
    void everyStreamFixtureAssemblesTheSameTextAsAnIndependentReading(String file) {
        String text = Fixtures.text("streams/" + file);
        List<JsonNode> payloads = Oracle.payloads(text);
        String expectedReasoning = Oracle.joined(payloads, "reasoning_content") + Oracle.joined(payloads, "reasoning");
        Collected seen = new Collected();
        StreamAssembler a = runSse(text, seen);
        assertEquals(Oracle.joined(payloads, "content"), a.content());
        assertEquals(expectedReasoning, a.reasoning());
        assertEquals(a.content(), seen.content.toString(), "listener deltas add up to the content");
        assertEquals(a.reasoning(), seen.reasoning.toString());
        assertTrue(a.sawDone());
        assertNull(a.error());
        assertEquals(payloads.size() + 1, a.payloadCount());
        assertEquals(0, a.unreadablePayloadCount());
    }

    @Test
    void openAiUsageArrivesInAFinalChunkWithEmptyChoices() {
        StreamAssembler a = runSse(Fixtures.text("streams/openai-usage-chunk.sse"), null);
        assertTrue(a.content().startsWith("**Holiday Name:**"), a.content());
        assertTrue(a.content().endsWith(" respect."));
        assertEquals(FinishReason.STOP, a.finishReason());
        assertEquals(16L, a.usage().promptTokens);
        assertEquals(300L, a.usage().completionTokens);
        assertEquals(316L, a.usage().totalTokens);
        assertEquals(0L, a.usage().reasoningTokens);
        assertEquals("gpt-4.1-nano-2025-04-14", a.model());
        assertEquals("chatcmpl-D8Z5oo6uDh67AD85p73ksdT1KxhE0", a.responseId());
        assertTrue(a.toolCalls().isEmpty());
    }

    @Test
    void azureFilterChunkWithEmptyChoicesAndEmptyModelIsIgnored() {
        StreamAssembler a = runSse(Fixtures.text("streams/azure-prompt-filter-first-chunk.sse"), null);
        assertEquals("Capital of Denmark.", a.content());
        assertEquals("gpt-5-nano-2025-08-07", a.model());
        assertEquals("chatcmpl-CYPS1lijGoK8gd9lYzY3r9Sx50nbt", a.responseId());
        assertEquals(FinishReason.STOP, a.finishReason());
        assertEquals(15L, a.usage().promptTokens);
        assertEquals(78L, a.usage().completionTokens);
        assertEquals(64L, a.usage().reasoningTokens);
    }

    @Test
    void deepSeekLengthFinishAndUsageOnTheFinishChunk() {
        StreamAssembler a = runSse(Fixtures.text("streams/deepseek-finish-length.sse"), null);
        assertTrue(a.content().startsWith("## **Holiday Name:** St"), a.content().substring(0, 40));
        assertTrue(a.content().endsWith(" of silent looking at"));
        assertEquals(FinishReason.LENGTH, a.finishReason());
        assertEquals("length", a.finishReasonRaw());
        assertEquals(13L, a.usage().promptTokens);
        assertEquals(400L, a.usage().completionTokens);
        assertEquals(0L, a.usage().cachedTokens);
    }

    @Test
    void deepSeekReasoningContentIsKeptApartFromTheAnswer() {
        StreamAssembler a = runSse(Fixtures.text("streams/deepseek-reasoning_content.sse"), null);
        assertTrue(a.reasoning().startsWith("We"), a.reasoning());
        assertFalse(a.reasoning().isEmpty());
        assertTrue(a.content().endsWith("r\"s."), a.content());
        assertFalse(a.content().contains(a.reasoning().substring(0, 20)));
        assertEquals(205L, a.usage().reasoningTokens);
        assertEquals(237L, a.usage().totalTokens);
        assertEquals("deepseek-reasoner", a.model());
    }

    @Test
    void deepSeekToolCallArgumentsSplitAcrossChunksAreJoined() {
        StreamAssembler a = runSse(Fixtures.text("streams/deepseek-tool-calls-split.sse"), null);
        assertEquals(1, a.toolCalls().size());
        ToolCall call = a.toolCalls().get(0);
        assertEquals("weather", call.name());
        assertEquals("function", call.type());
        assertTrue(call.id().startsWith("call_"), call.id());
        assertEquals("San Francisco", Oracle.MAPPER.valueToTree(parse(call.arguments())).path("location").asText());
        assertEquals(FinishReason.TOOL_CALLS, a.finishReason());
        assertEquals(339L, a.usage().promptTokens);
        assertEquals(320L, a.usage().cachedTokens);
        assertEquals("", a.content());
    }

    @Test
    void groqWholeToolCallInOneDeltaWithXGroqUsage() {
        StreamAssembler a = runSse(Fixtures.text("streams/groq-tool-call-single-chunk.sse"), null);
        ToolCall call = a.toolCalls().get(0);
        assertEquals("tk85n1k4m", call.id());
        assertEquals("weather", call.name());
        assertEquals("{}", call.arguments());
        assertEquals(FinishReason.TOOL_CALLS, a.finishReason());
        assertEquals(210L, a.usage().promptTokens);
        assertEquals(15L, a.usage().completionTokens);
        assertEquals("req_01kh52nj5yfcat8hrmvrk2j2hj", a.providerRequestId());
    }

    @Test
    void groqTextStreamReportsUsageAndRequestId() {
        StreamAssembler a = runSse(Fixtures.text("streams/groq-x_groq-usage.sse"), null);
        assertTrue(a.content().endsWith(" of light."), a.content());
        assertEquals(45L, a.usage().promptTokens);
        assertEquals(662L, a.usage().completionTokens);
        assertEquals(707L, a.usage().totalTokens);
        assertEquals("req_01kh52ndshfr2azv0xe6tnv4fx", a.providerRequestId());
        assertEquals("llama-3.3-70b-versatile", a.model());
    }

    @Test
    void mistralExactText() {
        Collected seen = new Collected();
        StreamAssembler a = runSse(Fixtures.text("streams/mistral-text.sse"), seen);
        assertEquals("Hello, world! This is a test response.", a.content());
        assertEquals(6, seen.contentCalls, "one callback per non-empty delta");
        assertEquals("", a.reasoning());
        assertEquals(13L, a.usage().promptTokens);
        assertEquals(8L, a.usage().completionTokens);
        assertEquals(21L, a.usage().totalTokens);
        assertEquals(FinishReason.STOP, a.finishReason());
    }

    @Test
    void qwenReasoningThenAnswerWithUsageChunk() {
        StreamAssembler a = runSse(Fixtures.text("streams/alibaba-qwen-reasoning.sse"), null);
        assertTrue(a.reasoning().startsWith("We are asked: \"How many 'r's are in the word 'strawberry'?\""), a.reasoning());
        assertTrue(a.content().endsWith("**Answer: 3**"), a.content());
        assertEquals(1084L, a.usage().reasoningTokens);
        assertEquals(1379L, a.usage().totalTokens);
        assertEquals("qwen3-max", a.model());
    }

    @Test
    void ollamaOpenAiCompatReasoningFieldAndLengthFinish() {
        StreamAssembler a = runSse(Fixtures.text("streams/ollama-openai-compat-reasoning-length.sse"), null);
        assertEquals("Okay", a.reasoning());
        assertEquals("", a.content());
        assertEquals(FinishReason.LENGTH, a.finishReason());
        assertEquals("qwen3:32b", a.model());
        assertNull(a.usage());
    }

    @Test
    void xaiReasoningThenToolCallThenUsage() {
        StreamAssembler a = runSse(Fixtures.text("streams/xai-tool-call.sse"), null);
        assertTrue(a.reasoning().startsWith("First, the user is asking about the weather in San Francisco."), a.reasoning());
        ToolCall call = a.toolCalls().get(0);
        assertEquals("call_79382389", call.id());
        assertEquals("weather", call.name());
        assertEquals("{\"location\":\"San Francisco\"}", call.arguments());
        assertEquals(FinishReason.TOOL_CALLS, a.finishReason());
        assertEquals(227L, a.usage().reasoningTokens);
        assertEquals(306L, a.usage().cachedTokens);
    }

    @Test
    void ollamaNativeNdjsonKeepsTextBeforeItsMidStreamError() {
        String text = Fixtures.text("streams/ollama-native-midstream-error.ndjson");
        Collected seen = new Collected();
        StreamAssembler a = new StreamAssembler(seen, Collections.<String>emptyList());
        NdjsonSplitter split = new NdjsonSplitter(a::onJsonLine);
        for (String c : Oracle.oddChunks(text)) {
            split.feed(c);
        }
        split.end();
        assertEquals(" Yes.Ican", a.content());
        assertEquals("gemma4", a.model());
        assertEquals(NetException.Kind.SERVER, a.error().kind());
        assertEquals("an error was encountered while running the model", a.error().providerMessage());
        assertTrue(a.error().getMessage().contains("an error was encountered while running the model"));
        assertEquals(1, seen.errors.size());
        assertFalse(a.sawDone());
        assertEquals(5, a.payloadCount());
    }

    private static Object parse(String json) {
        try {
            return Oracle.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("arguments are not JSON: " + json, e);
        }
    }
}
