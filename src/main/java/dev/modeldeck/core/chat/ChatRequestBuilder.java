package dev.modeldeck.core.chat;

import dev.modeldeck.core.json.Json;
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
        StringBuilder out = new StringBuilder();
        out.append('{');
        if (modelId != null) {
            out.append("\"model\":");
            JsonWriter.quote(modelId, out);
            out.append(',');
        }
        out.append("\"messages\":[");
        boolean first = true;
        if (systemPrompt != null && !systemPrompt.trim().isEmpty()) {
            JsonWriter.write(Json.object().put("role", "system").put("content", systemPrompt), out);
            first = false;
        }
        for (ChatMessage m : messages) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(m.wireJson()); // written once per message, not at every send
        }
        out.append(']');
        JsonObject rest = Json.object().put("stream", o.stream);
        if (o.stream && o.includeUsage) {
            rest.put("stream_options", Json.object().put("include_usage", true));
        }
        rest.putIfNotNull("temperature", o.temperature);
        if (o.maxTokens != null) {
            rest.put(o.maxTokensField == null || o.maxTokensField.isEmpty() ? "max_tokens" : o.maxTokensField,
                (long) (int) o.maxTokens);
        }
        String members = JsonWriter.write(rest); // never empty: "stream" is always there
        out.append(',').append(members.substring(1, members.length() - 1)).append('}');
        return out.toString();
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
