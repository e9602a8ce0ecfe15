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

    /** The body as a JSON tree written whole, as the builder wrote it before it kept each message's JSON. */
    private static String writtenWhole(String systemPrompt, List<ChatMessage> messages, String modelId, ChatOptions o) {
        dev.modeldeck.core.json.JsonArray wire = dev.modeldeck.core.json.Json.array();
        if (systemPrompt != null && !systemPrompt.trim().isEmpty()) {
            wire.add(dev.modeldeck.core.json.Json.object().put("role", "system").put("content", systemPrompt));
        }
        for (ChatMessage m : messages) {
            wire.add(dev.modeldeck.core.json.Json.object().put("role", m.role).put("content", m.content == null ? "" : m.content));
        }
        dev.modeldeck.core.json.JsonObject body = dev.modeldeck.core.json.Json.object().put("model", modelId)
            .put("messages", wire).put("stream", o.stream);
        if (o.stream && o.includeUsage) {
            body.put("stream_options", dev.modeldeck.core.json.Json.object().put("include_usage", true));
        }
        body.putIfNotNull("temperature", o.temperature);
        if (o.maxTokens != null) {
            body.put(o.maxTokensField == null || o.maxTokensField.isEmpty() ? "max_tokens" : o.maxTokensField, (long) (int) o.maxTokens);
        }
        return dev.modeldeck.core.json.JsonWriter.write(body);
    }

    @Test
    void theBodyIsByteForByteTheJsonTreeWrittenWholeWhateverTheOptionsAndText() {
        ChatOptions plain = new ChatOptions();
        ChatOptions full = new ChatOptions();
        full.stream = true;
        full.includeUsage = true;
        full.temperature = 0.7;
        full.maxTokens = 300;
        full.maxTokensField = "max_completion_tokens";
        List<ChatMessage> odd = List.of(msg("user", "quote \" backslash \\ newline \n tab \t nul \u0000 line sep \u2028 é 😀", ChatMessage.Status.COMPLETE),
            msg("assistant", "", ChatMessage.Status.COMPLETE), msg("user", null, ChatMessage.Status.COMPLETE));
        for (ChatOptions o : List.of(plain, full)) {
            for (String system : java.util.Arrays.asList(null, "", "  ", "Be brief.\n\"Really\"")) {
                for (String model : java.util.Arrays.asList("gpt-4.1-mini", "odd \"model\"", null)) {
                    assertEquals(writtenWhole(system, odd, model, o), ChatRequestBuilder.build(system, odd, model, o));
                    assertEquals(writtenWhole(system, List.of(), model, o), ChatRequestBuilder.build(system, List.of(), model, o));
                }
            }
        }
    }

    @Test
    void aMessagesJsonIsWrittenAgainWhenItsTextOrRoleChanges() {
        ChatMessage m = msg("assistant", "Once", ChatMessage.Status.STREAMING);
        String first = m.wireJson();
        assertEquals("{\"role\":\"assistant\",\"content\":\"Once\"}", first);
        assertTrue(first == m.wireJson(), "kept while nothing changed");
        m.content = m.content + " upon a time";
        assertEquals("{\"role\":\"assistant\",\"content\":\"Once upon a time\"}", m.wireJson());
        m.role = "user";
        assertEquals("{\"role\":\"user\",\"content\":\"Once upon a time\"}", m.wireJson());
        m.content = null;
        assertEquals("{\"role\":\"user\",\"content\":\"\"}", m.wireJson());
    }
}
