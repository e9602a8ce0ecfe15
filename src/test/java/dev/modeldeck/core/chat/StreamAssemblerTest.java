package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.NetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamAssemblerTest {
    private final List<String> calls = new ArrayList<>();
    private final ChatStreamListener recorder = new ChatStreamListener() {
        @Override public void onContent(String delta) { calls.add("c:" + delta); }
        @Override public void onReasoning(String delta) { calls.add("r:" + delta); }
        @Override public void onToolCall(ToolCall call) { calls.add("t:" + call.index()); }
        @Override public void onUsage(Usage usage) { calls.add("u:" + usage.totalTokens); }
        @Override public void onError(NetException error) { calls.add("e:" + error.kind()); }
    };

    private StreamAssembler feed(String... payloads) {
        StreamAssembler a = new StreamAssembler(recorder, Collections.singletonList("sk-live-SECRET123"));
        for (String p : payloads) {
            a.onSseEvent(null, p);
        }
        return a;
    }

    private static String delta(String deltaJson) {
        return "{\"choices\":[{\"index\":0,\"delta\":" + deltaJson + ",\"finish_reason\":null}]}";
    }

    @Test
    void listenerGetsEachDeltaInOrderAndNothingForEmptyOrNullPieces() {
        StreamAssembler a = feed(delta("{\"role\":\"assistant\",\"content\":\"\"}"), delta("{\"content\":null}"),
            delta("{\"reasoning_content\":\"think\"}"), delta("{\"content\":\"Hel\"}"), delta("{\"content\":\"lo\"}"));
        assertEquals(List.of("r:think", "c:Hel", "c:lo"), calls);
        assertEquals("Hello", a.content());
        assertEquals("think", a.reasoning());
    }

    @Test
    void reasoningFieldOfOllamaAndOpenRouterIsReasoningToo() {
        StreamAssembler a = feed(delta("{\"reasoning\":\"a\"}"), delta("{\"reasoning\":\"b\",\"content\":\"x\"}"));
        assertEquals("ab", a.reasoning());
        assertEquals("x", a.content());
    }

    @Test
    void bothReasoningFieldsWithTheSameTextAreNotDoubled() {
        StreamAssembler a = feed(delta("{\"reasoning_content\":\"same\",\"reasoning\":\"same\"}"));
        assertEquals("same", a.reasoning());
    }

    @Test
    void toolCallPiecesAreJoinedByIndexAndParallelCallsStayApart() {
        StreamAssembler a = feed(
            delta("{\"tool_calls\":[{\"index\":0,\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":1,\"id\":\"call_b\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{\\\"tz\\\"\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"Oslo\\\"}\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":1,\"function\":{\"arguments\":\":\\\"UTC\\\"}\"}}]}"),
            "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}");
        assertEquals(2, a.toolCalls().size());
        assertEquals("call_a", a.toolCalls().get(0).id());
        assertEquals("get_weather", a.toolCalls().get(0).name());
        assertEquals("{\"city\":\"Oslo\"}", a.toolCalls().get(0).arguments());
        assertEquals("call_b", a.toolCalls().get(1).id());
        assertEquals("{\"tz\":\"UTC\"}", a.toolCalls().get(1).arguments());
        assertEquals(FinishReason.TOOL_CALLS, a.finishReason());
    }

    @Test
    void toolCallsWithoutIndexAreMatchedByIdOrContinueTheLastCall() {
        StreamAssembler a = feed(
            delta("{\"tool_calls\":[{\"id\":\"x1\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":\"}}]}"),
            delta("{\"tool_calls\":[{\"function\":{\"arguments\":\"1}\"}}]}"),
            delta("{\"tool_calls\":[{\"id\":\"x2\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]}"),
            delta("{\"tool_calls\":[{\"id\":\"x1\",\"function\":{\"arguments\":\"\"}}]}"));
        assertEquals(2, a.toolCalls().size());
        assertEquals("{\"a\":1}", a.toolCalls().get(0).arguments());
        assertEquals("g", a.toolCalls().get(1).name());
        assertEquals(1, a.toolCalls().get(1).index());
    }

    @Test
    void aNewIdOnAReusedIndexStartsANewCall() {
        StreamAssembler a = feed(
            delta("{\"tool_calls\":[{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":0,\"id\":\"b\",\"function\":{\"name\":\"g\",\"arguments\":\"{\\\"x\\\"\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\":1}\"}}]}"));
        assertEquals(2, a.toolCalls().size());
        assertEquals("{}", a.toolCalls().get(0).arguments());
        assertEquals("{\"x\":1}", a.toolCalls().get(1).arguments());
    }

    @Test
    void repeatedWholeNameIsNotDoubledButNamePiecesAreJoined() {
        StreamAssembler a = feed(
            delta("{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"get_\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"weather\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":1,\"function\":{\"name\":\"lookup\",\"arguments\":\"{\"}}]}"),
            delta("{\"tool_calls\":[{\"index\":1,\"function\":{\"name\":\"lookup\",\"arguments\":\"}\"}}]}"));
        assertEquals("get_weather", a.toolCalls().get(0).name());
        assertEquals("lookup", a.toolCalls().get(1).name());
        assertEquals("{}", a.toolCalls().get(1).arguments());
    }

    @Test
    void malformedToolCallPiecesNeverThrow() {
        StreamAssembler a = feed(delta("{\"tool_calls\":[null, 3, \"x\", {}, {\"index\":\"bad\"}, {\"function\":7}]}"),
            delta("{\"tool_calls\":{\"index\":0}}"), delta("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":{\"k\":[1,2]}}}]}"));
        assertEquals("{\"k\":[1,2]}", a.toolCalls().get(0).arguments());
    }

    @Test
    void partialArgumentsOfACutStreamAreKeptAsTheyCame() {
        StreamAssembler a = feed(delta("{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"q\\\": \\\"ha\"}}]}"));
        assertEquals("{\"q\": \"ha", a.toolCalls().get(0).arguments());
        assertFalse(a.sawDone());
    }

    @Test
    void errorObjectAsDataBecomesATypedErrorWithTheProvidersMessageRedacted() {
        StreamAssembler a = feed(delta("{\"content\":\"part\"}"),
            "{\"error\":{\"message\":\"Rate limit reached for key sk-live-SECRET123\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
        NetException e = a.error();
        assertEquals(NetException.Kind.RATE_LIMITED, e.kind());
        assertEquals("Rate limit reached for key [redacted]", e.providerMessage());
        assertFalse(e.getMessage().contains("SECRET123"));
        assertEquals("rate_limit_exceeded", e.providerCode());
        assertEquals("part", a.content());
        assertEquals(List.of("c:part", "e:RATE_LIMITED"), calls);
    }

    @Test
    void openRouterStyleErrorChunkWithNumericCodeAndErrorFinish() {
        StreamAssembler a = feed(delta("{\"content\":\"Hi\"}"),
            "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"error\":{\"code\":502,\"message\":\"Provider disconnected\"},"
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}");
        assertEquals(NetException.Kind.SERVER, a.error().kind());
        assertEquals(502, a.error().status());
        assertEquals("Provider disconnected", a.error().providerMessage());
        assertEquals(FinishReason.ERROR, a.finishReason());
    }

    @Test
    void errorEventWithJsonOrPlainTextData() {
        StreamAssembler a = new StreamAssembler(null, null);
        a.onSseEvent("error", "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens\",\"code\":\"context_length_exceeded\"}}");
        assertEquals(NetException.Kind.CONTEXT_LENGTH, a.error().kind());
        StreamAssembler b = new StreamAssembler(null, null);
        b.onSseEvent("error", "upstream timed out");
        assertEquals("upstream timed out", b.error().providerMessage());
        StreamAssembler c = new StreamAssembler(null, null);
        c.onSseEvent("error", "{\"message\":\"overloaded\",\"status\":529}");
        assertEquals("overloaded", c.error().providerMessage());
        assertEquals(NetException.Kind.SERVER, c.error().kind());
    }

    @Test
    void vllmFlatErrorDocumentIsAnError() {
        StreamAssembler a = feed("{\"object\":\"error\",\"message\":\"bad model\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}");
        assertEquals(NetException.Kind.BAD_REQUEST, a.error().kind());
        assertEquals("bad model", a.error().providerMessage());
    }

    @Test
    void onlyTheFirstErrorIsKept() {
        StreamAssembler a = feed("{\"error\":\"first\"}", "{\"error\":\"second\"}");
        assertEquals("first", a.error().providerMessage());
        assertEquals(List.of("e:SERVER"), calls);
    }

    @Test
    void doneMarkerIsRecognisedWithSurroundingSpace() {
        assertTrue(feed(" [DONE] ").sawDone());
        assertFalse(feed(delta("{\"content\":\"x\"}")).sawDone());
    }

    @Test
    void nonJsonPayloadsAreCountedAndSkipped() {
        StreamAssembler a = feed("hello", delta("{\"content\":\"ok\"}"), "", "[1,2]");
        assertEquals("ok", a.content());
        assertEquals(3, a.unreadablePayloadCount());
        assertEquals(4, a.payloadCount());
    }

    @Test
    void usageFromTheLastChunkThatHasOneWinsAndGroqUsageIsAFallback() {
        StreamAssembler a = feed("{\"choices\":[],\"x_groq\":{\"id\":\"req_1\",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6,\"total_tokens\":11}}}");
        assertEquals(11L, a.usage().totalTokens);
        assertEquals("req_1", a.providerRequestId());
        a.onSseEvent(null, "{\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}");
        assertEquals(3L, a.usage().totalTokens);
        a.onSseEvent(null, "{\"choices\":[],\"usage\":null}");
        assertEquals(3L, a.usage().totalTokens);
    }

    @Test
    void impossibleNumbersInUsageAndChunksAreIgnoredWhileTheTextIsKept() {
        StreamAssembler a = feed(
            "{\"created\":1e400,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"A\"}}]}",
            "{\"created\":-1e400,\"choices\":[{\"index\":1e400,\"delta\":{\"content\":\"X\"}},{\"index\":0,\"delta\":{\"content\":\"B\"}}],"
                + "\"usage\":{\"prompt_tokens\":1e400,\"completion_tokens\":\"Infinity\",\"total_tokens\":-12,"
                + "\"completion_tokens_details\":{\"reasoning_tokens\":\"NaN\"},\"prompt_tokens_details\":{\"cached_tokens\":1e13}}}",
            "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":9e300},"
                + "\"timings\":{\"predicted_per_second\":1e400}}");
        assertEquals("AB", a.content());
        assertEquals(7L, a.usage().promptTokens);
        assertNull(a.usage().completionTokens);
        assertNull(a.usage().tokensPerSecond);
        assertEquals(FinishReason.STOP, a.finishReason());
        a.onSseEvent(null, "{\"choices\":[],\"usage\":{\"prompt_tokens\":1e400,\"total_tokens\":-1,\"cached_tokens\":1e13}}");
        assertNull(a.usage().promptTokens, "an impossible count is no count");
        assertNull(a.usage().totalTokens);
    }

    @Test
    void ollamaSpeedFromImpossibleDurationsIsLeftOut() {
        StreamAssembler a = new StreamAssembler(recorder, null);
        a.onJsonLine("{\"message\":{\"content\":\"hi\"},\"done\":true,\"eval_count\":5,\"eval_duration\":1e-300,\"prompt_eval_count\":1e400}");
        assertEquals("hi", a.content());
        assertEquals(5L, a.usage().completionTokens);
        assertNull(a.usage().promptTokens);
        assertNull(a.usage().tokensPerSecond, "5 tokens in 1e-300 ns is no speed");
    }

    @Test
    void aModelNameLongerThanAnyIdIsNotTakenFromTheStream() {
        String huge = "m".repeat(100_000);
        StreamAssembler a = feed("{\"model\":\"" + huge + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}",
            "{\"model\":\"real-model\",\"choices\":[]}");
        assertEquals("real-model", a.model());
    }

    @Test
    void finishReasonsAreNormalised() {
        assertEquals(FinishReason.CONTENT_FILTER, feed("{\"choices\":[{\"delta\":{},\"finish_reason\":\"content_filter\"}]}").finishReason());
        assertEquals(FinishReason.STOP, FinishReason.fromWire("stop"));
        assertEquals(FinishReason.LENGTH, FinishReason.fromWire("length"));
        assertEquals(FinishReason.TOOL_CALLS, FinishReason.fromWire("tool_calls"));
        assertEquals(FinishReason.OTHER, FinishReason.fromWire("eosFound_custom"));
        assertEquals(FinishReason.NONE, FinishReason.fromWire(null));
        assertEquals(FinishReason.NONE, feed(delta("{\"content\":\"x\"}")).finishReason());
    }

    @Test
    void onlyTheChoiceWithIndexZeroIsRead() {
        StreamAssembler a = feed("{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"B\"}},{\"index\":0,\"delta\":{\"content\":\"A\"}}]}");
        assertEquals("A", a.content());
    }

    @Test
    void mistralTypedContentPartsSplitIntoThinkingAndText() {
        StreamAssembler a = feed(delta("{\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"hmm\"}]}]}"),
            delta("{\"content\":[{\"type\":\"text\",\"text\":\"Answer\"}]}"));
        assertEquals("hmm", a.reasoning());
        assertEquals("Answer", a.content());
    }

    @Test
    void ollamaNativeChatObjectsWithThinkingAndDoneUsage() {
        StreamAssembler a = new StreamAssembler(recorder, null);
        a.onJsonLine("{\"model\":\"qwen3\",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"plan\"},\"done\":false}");
        a.onJsonLine("{\"model\":\"qwen3\",\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"done\":false}");
        a.onJsonLine("{\"model\":\"qwen3\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\","
            + "\"prompt_eval_count\":10,\"eval_count\":20,\"eval_duration\":2000000000}");
        assertEquals("Hi", a.content());
        assertEquals("plan", a.reasoning());
        assertTrue(a.sawDone());
        assertEquals(FinishReason.STOP, a.finishReason());
        assertEquals(30L, a.usage().totalTokens);
        assertEquals(10.0, a.usage().tokensPerSecond, 1e-9);
    }

    @Test
    void modelIsTheFirstNonEmptyOneReported() {
        StreamAssembler a = feed("{\"model\":\"\",\"choices\":[]}", "{\"model\":\"m-1\",\"choices\":[]}", "{\"model\":\"m-2\",\"choices\":[]}");
        assertEquals("m-1", a.model());
        assertNull(new StreamAssembler(null, null).model());
    }

    @Test
    void customJsonReaderIsUsedForChunks() {
        List<String> seen = new ArrayList<>();
        StreamAssembler a = new StreamAssembler(null, null).jsonReader(s -> {
            seen.add(s);
            return dev.modeldeck.core.json.JsonParser.tryParse(s);
        });
        a.onSseEvent(null, delta("{\"content\":\"z\"}"));
        assertEquals(1, seen.size());
        assertEquals("z", a.content());
    }

    @Test
    void workPerChunkDoesNotGrowWithTheReply() {
        StreamAssembler a = new StreamAssembler(null, null);
        String chunk = delta("{\"content\":\"0123456789\"}");
        for (int i = 0; i < 40_000; i++) {
            a.onSseEvent(null, chunk);
        }
        // Per-chunk cost is measured by ./run-benchmarks; here: nothing is lost or re-assembled.
        assertEquals(400_000, a.contentLength());
    }
}
