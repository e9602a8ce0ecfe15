package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatRequestBuilderTest {
    private static ChatMessage msg(String role, String content, ChatMessage.Status status) {
        ChatMessage m = new ChatMessage(role, content);
        m.status = status;
        return m;
    }

    private static JsonNode body(Conversation c, ChatOptions o) throws Exception {
        return Oracle.MAPPER.readTree(ChatRequestBuilder.build(c, "gpt-4.1-mini", o));
    }

    private static Conversation conversation() {
        Conversation c = new Conversation("c1", 1);
        c.systemPrompt = "Be brief.";
        ChatMessage first = msg("user", "Hi", ChatMessage.Status.COMPLETE);
        ChatMessage reply = msg("assistant", "Hello!", ChatMessage.Status.COMPLETE);
        reply.reasoning = "The user greets me.";
        reply.providerId = "deepseek";
        reply.modelId = "deepseek-reasoner";
        reply.promptTokens = 5L;
        reply.routeNote = "failed over";
        c.messages.add(first);
        c.messages.add(reply);
        c.messages.add(msg("user", "Tell me a story", ChatMessage.Status.COMPLETE));
        ChatMessage failed = msg("assistant", "", ChatMessage.Status.ERROR);
        failed.error = "HTTP 500";
        c.messages.add(failed);
        c.messages.add(msg("user", "Try again", ChatMessage.Status.COMPLETE));
        c.messages.add(msg("assistant", "Once upon a", ChatMessage.Status.STOPPED));
        c.messages.add(msg("user", "Go on", ChatMessage.Status.COMPLETE));
        c.messages.add(msg("assistant", "", ChatMessage.Status.STREAMING));
        return c;
    }

    @Test
    void onlyRoleAndContentGoOutWithSystemPromptFirst() throws Exception {
        JsonNode b = body(conversation(), new ChatOptions());
        JsonNode m = b.get("messages");
        assertEquals(7, m.size());
        assertEquals("system", m.get(0).get("role").asText());
        assertEquals("Be brief.", m.get(0).get("content").asText());
        for (JsonNode each : m) {
            assertEquals(2, each.size(), "only role and content: " + each);
        }
        assertFalse(b.toString().contains("greets"), "reasoning is never sent");
        assertFalse(b.toString().contains("deepseek"), "provider details are never sent");
        assertFalse(b.toString().contains("HTTP 500"), "errors are never sent");
    }

    @Test
    void failedEmptyRepliesAreSkippedAndAStoppedPartialReplyIsSentAsItIs() throws Exception {
        JsonNode m = body(conversation(), new ChatOptions()).get("messages");
        StringBuilder roles = new StringBuilder();
        for (JsonNode each : m) {
            roles.append(each.get("role").asText().charAt(0));
        }
        assertEquals("suauuau", roles.toString());
        assertEquals("Once upon a", m.get(5).get("content").asText());
        assertEquals("Go on", m.get(6).get("content").asText());
    }

    @Test
    void streamingRequestWithUsageTemperatureAndMaxTokens() throws Exception {
        JsonNode b = body(conversation(), new ChatOptions().stream(true).includeUsage(true).temperature(0.3).maxTokens(256));
        assertEquals("gpt-4.1-mini", b.get("model").asText());
        assertTrue(b.get("stream").asBoolean());
        assertTrue(b.get("stream_options").get("include_usage").asBoolean());
        assertEquals(0.3, b.get("temperature").asDouble(), 1e-12);
        assertEquals(256, b.get("max_tokens").asInt());
    }

    @Test
    void unsetOptionsAreLeftOutAndUsageOptionNeedsStreaming() throws Exception {
        JsonNode b = body(conversation(), new ChatOptions().stream(false).includeUsage(true));
        assertFalse(b.get("stream").asBoolean());
        assertFalse(b.has("stream_options"));
        assertFalse(b.has("temperature"));
        assertFalse(b.has("max_tokens"));
        assertFalse(body(conversation(), new ChatOptions()).has("stream_options"));
    }

    @Test
    void maxTokensCanUseTheNewerFieldName() throws Exception {
        JsonNode b = body(conversation(), new ChatOptions().maxTokens(100).maxTokensField("max_completion_tokens"));
        assertEquals(100, b.get("max_completion_tokens").asInt());
        assertFalse(b.has("max_tokens"));
    }

    @Test
    void blankSystemPromptIsNotSentAndUnknownRolesAreDropped() throws Exception {
        Conversation c = new Conversation("c", 0);
        c.systemPrompt = "  ";
        c.messages.add(new ChatMessage("user", "Q"));
        c.messages.add(new ChatMessage("tool", "{\"x\":1}"));
        c.messages.add(new ChatMessage(null, "??"));
        JsonNode m = body(c, null).get("messages");
        assertEquals(1, m.size());
        assertEquals("user", m.get(0).get("role").asText());
    }

    @Test
    void textIsEscapedSafely() throws Exception {
        Conversation c = new Conversation("c", 0);
        c.messages.add(new ChatMessage("user", "quote \" backslash \\ newline \n emoji \ud83d\ude00 </script>"));
        JsonNode m = body(c, null).get("messages");
        assertEquals("quote \" backslash \\ newline \n emoji \ud83d\ude00 </script>", m.get(0).get("content").asText());
    }

    @Test
    void sendableFiltersTheSameWayAsBuild() {
        List<ChatMessage> s = ChatRequestBuilder.sendable(conversation().messages);
        assertEquals(6, s.size());
        assertEquals("Go on", s.get(5).content);
    }
}
