package dev.modeldeck.core.chat;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the JSON body of an OpenAI-compatible chat request. History goes out provider-neutral:
 * only role and content, so reasoning, ids, statuses and errors from one provider never reach
 * another (which may reject them).
 */
public final class ChatRequestBuilder {
    private ChatRequestBuilder() { }

    public static String build(Conversation conversation, String modelId, ChatOptions options) {
        return build(conversation.systemPrompt, sendable(conversation.messages), modelId, options);
    }

    /**
     * @param systemPrompt sent first when not blank
     * @param messages the history to send, already filtered by {@link #sendable} (and fitted by {@link ContextFitter})
     */
    public static String build(String systemPrompt, List<ChatMessage> messages, String modelId, ChatOptions options) {
        ChatOptions o = options == null ? new ChatOptions() : options;
        JsonArray wire = Json.array();
        if (systemPrompt != null && !systemPrompt.trim().isEmpty()) {
            wire.add(Json.object().put("role", "system").put("content", systemPrompt));
        }
        for (ChatMessage m : messages) {
            wire.add(Json.object().put("role", m.role).put("content", m.content == null ? "" : m.content));
        }
        JsonObject body = Json.object().put("model", modelId).put("messages", wire).put("stream", o.stream);
        if (o.stream && o.includeUsage) {
            body.put("stream_options", Json.object().put("include_usage", true));
        }
        body.putIfNotNull("temperature", o.temperature);
        if (o.maxTokens != null) {
            body.put(o.maxTokensField == null || o.maxTokensField.isEmpty() ? "max_tokens" : o.maxTokensField,
                (long) (int) o.maxTokens);
        }
        return JsonWriter.write(body);
    }

    /**
     * The messages worth sending: user, assistant and system turns with a role, minus assistant
     * turns that carry no text (a failed reply, a reply stopped before its first token, the
     * placeholder of the reply being generated). A stopped or cut-off reply with text is sent as it is.
     */
    public static List<ChatMessage> sendable(List<ChatMessage> history) {
        List<ChatMessage> out = new ArrayList<>();
        for (ChatMessage m : history) {
            if (m == null || m.role == null) {
                continue;
            }
            boolean known = "user".equals(m.role) || "assistant".equals(m.role) || "system".equals(m.role);
            if (!known) {
                continue; // e.g. "tool" turns: we never sent the matching tool_calls
            }
            if (m.isAssistant() && (m.content == null || m.content.isEmpty())) {
                continue;
            }
            out.add(m);
        }
        return out;
    }
}
