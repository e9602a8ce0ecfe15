package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.testsupport.Fixtures;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatCompletionParserTest {
    private static ChatOutcome parse(String file) {
        return ChatCompletionParser.parse(Fixtures.text("chat/" + file), Collections.<String>emptyList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alibaba-qwen.json", "deepseek-reasoner.json", "deepseek-tool-call.json", "groq-tool-call.json",
        "groq.json", "lmstudio-api-v0.json", "mistral.json", "ollama-openai-compat.json", "openai.json"})
    void everyChatFixtureGivesTheMessageTextAndUsageAsJacksonReadsThem(String file) throws Exception {
        JsonNode doc = Oracle.MAPPER.readTree(Fixtures.text("chat/" + file));
        JsonNode msg = doc.path("choices").path(0).path("message");
        ChatOutcome o = parse(file);
        assertEquals(msg.path("content").isTextual() ? msg.path("content").asText() : "", o.content());
        assertEquals(msg.path("reasoning_content").isTextual() ? msg.path("reasoning_content").asText() : "", o.reasoning());
        assertEquals(doc.path("usage").path("total_tokens").asLong(), (long) o.usage().totalTokens);
        assertEquals(doc.path("model").asText(), o.model());
        assertEquals(ChatMessage.Status.COMPLETE, o.status());
        assertNull(o.error());
        assertEquals(BodyFormat.JSON, o.format());
    }

    @Test
    void deepSeekReasonerKeepsReasoningApart() {
        ChatOutcome o = parse("deepseek-reasoner.json");
        assertTrue(o.reasoning().startsWith("We are asked: \"How many 'r's"));
        assertTrue(o.content().startsWith("The word \"strawberry\" contains three"));
        assertEquals(315L, o.usage().reasoningTokens);
        assertEquals(FinishReason.STOP, o.finishReason());
    }

    @Test
    void deepSeekToolCallWithReasoningAndEmptyContent() {
        ChatOutcome o = parse("deepseek-tool-call.json");
        assertEquals("", o.content());
        assertEquals(1, o.toolCalls().size());
        assertEquals("call_00_9V0vrf86Pc9aelHCJMZqnJBo", o.toolCalls().get(0).id());
        assertEquals("weather", o.toolCalls().get(0).name());
        assertEquals("{\"location\": \"San Francisco\"}", o.toolCalls().get(0).arguments());
        assertEquals(FinishReason.TOOL_CALLS, o.finishReason());
        assertTrue(o.reasoning().contains("weather tool"));
    }

    @Test
    void groqToolCallWithoutContentOrIndex() {
        ChatOutcome o = parse("groq-tool-call.json");
        assertEquals("ax9fskhev", o.toolCalls().get(0).id());
        assertEquals("{}", o.toolCalls().get(0).arguments());
        assertEquals("req_01kh52madzem68scv0bcz3vm00", o.requestId());
    }

    @Test
    void lmStudioStatsGiveSpeedAndUsage() {
        ChatOutcome o = parse("lmstudio-api-v0.json");
        assertEquals(51.43709529007664, o.usage().tokensPerSecond, 1e-12);
        assertEquals(24L, o.usage().promptTokens);
        assertEquals(53L, o.usage().completionTokens);
        assertTrue(o.content().startsWith("Greetings, I'm a helpful AI"));
    }

    @Test
    void mistralUnicodeEscapesAreDecoded() {
        ChatOutcome o = parse("mistral.json");
        assertTrue(o.content().endsWith("What would you share? \ud83d\ude0a"));
        assertTrue(o.content().contains("others\u2014whether"));
    }

    @Test
    void notJsonIsAProtocolError() {
        ChatOutcome o = ChatCompletionParser.parse("<html>Bad gateway</html>", null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals(NetException.Kind.PROTOCOL, o.error().kind());
    }

    @Test
    void errorDocumentInA200IsAnError() {
        ChatOutcome o = ChatCompletionParser.parse(Fixtures.text("errors/openai-400.json"), null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals(NetException.Kind.CONTEXT_LENGTH, o.error().kind());
        assertTrue(o.error().providerMessage().contains("maximum context length"), o.error().providerMessage());
    }

    @Test
    void jsonWithoutChoicesIsAnError() {
        ChatOutcome o = ChatCompletionParser.parse("{\"object\":\"list\",\"data\":[]}", null);
        assertEquals(ChatMessage.Status.ERROR, o.status());
        assertEquals(NetException.Kind.PROTOCOL, o.error().kind());
    }
}
