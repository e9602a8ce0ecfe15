package dev.modeldeck.testprovider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo provider's answer to a chat request: an echo of the last user message with a little
 * markdown and a code block, streamed word by word. Models whose id contains "reason" think aloud
 * first (delta.reasoning_content), as DeepSeek's reasoner does.
 */
final class DemoReply {
    private static final AtomicLong IDS = new AtomicLong();

    final String id = "chatcmpl-demo-" + IDS.incrementAndGet();
    final long created = System.currentTimeMillis() / 1000;
    final String model;
    final String text;
    final String reasoning;
    final boolean includeUsage;
    final int promptTokens;

    DemoReply(Json request) {
        String m = request.get("model").str();
        this.model = m == null || m.isEmpty() ? "demo-chat" : m;
        String said = lastUserText(request.get("messages"));
        this.text = "You said: " + said + ". This reply comes from the **ModelDeck demo provider**, "
                + "so no real model was asked.\n\n"
                + "Here is a *short* code block:\n\n"
                + "```python\nprint(\"Hello from ModelDeck\")\n```\n\n"
                + "- streamed word by word\n- ends with `[DONE]`";
        this.reasoning = model.contains("reason")
                ? "The user wrote something; the demo echoes it back. Keep it short." : null;
        this.includeUsage = request.path("stream_options", "include_usage").asBoolean(false);
        this.promptTokens = countWords(request.get("messages"));
    }

    static String lastUserText(Json messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Json msg = messages.at(i);
            if (!"user".equals(msg.get("role").str())) {
                continue;
            }
            Json content = msg.get("content");
            if (content.isString()) {
                return content.str();
            }
            StringBuilder sb = new StringBuilder();
            for (Json part : content.items()) {
                String t = part.get("text").str();
                if (t != null) {
                    sb.append(sb.length() > 0 ? " " : "").append(t);
                }
            }
            return sb.toString();
        }
        return "(nothing)";
    }

    /** Splits text into words, each keeping the whitespace after it, so the pieces join back to the text. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            out.add(text.substring(start, i));
            start = i;
        }
        return out;
    }

    private static int countWords(Json messages) {
        int n = 0;
        for (Json msg : messages.items()) {
            String c = msg.get("content").str();
            n += 4 + (c == null ? 0 : words(c).size());
        }
        return n;
    }

    private int completionTokens() {
        return words(text).size() + (reasoning == null ? 0 : words(reasoning).size());
    }

    private JsonObject usage() {
        int completion = completionTokens();
        return Json.object().put("prompt_tokens", promptTokens).put("completion_tokens", completion)
                .put("total_tokens", promptTokens + completion);
    }

    private JsonObject chunk(JsonObject delta, String finishReason) {
        JsonObject choice = Json.object().put("index", 0).put("delta", delta)
                .put("finish_reason", finishReason == null ? Json.nul() : Json.of(finishReason));
        return Json.object().put("id", id).put("object", "chat.completion.chunk").put("created", created)
                .put("model", model).put("choices", Json.array().add(choice));
    }

    /** The JSON payloads of the stream, in order, without the final [DONE]. */
    List<String> streamPayloads() {
        List<String> out = new ArrayList<>();
        out.add(JsonWriter.write(chunk(Json.object().put("role", "assistant").put("content", ""), null)));
        if (reasoning != null) {
            for (String w : words(reasoning)) {
                out.add(JsonWriter.write(chunk(Json.object().put("reasoning_content", w), null)));
            }
        }
        for (String w : words(text)) {
            out.add(JsonWriter.write(chunk(Json.object().put("content", w), null)));
        }
        out.add(JsonWriter.write(chunk(Json.object(), "stop")));
        if (includeUsage) {
            out.add(JsonWriter.write(Json.object().put("id", id).put("object", "chat.completion.chunk")
                    .put("created", created).put("model", model).put("choices", Json.array()).put("usage", usage())));
        }
        return out;
    }

    /** A whole (non-streaming) chat.completion. */
    String completionJson() {
        JsonObject message = Json.object().put("role", "assistant").put("content", text);
        if (reasoning != null) {
            message.put("reasoning_content", reasoning);
        }
        JsonArray choices = Json.array().add(Json.object().put("index", 0).put("message", message)
                .put("finish_reason", "stop"));
        return JsonWriter.write(Json.object().put("id", id).put("object", "chat.completion").put("created", created)
                .put("model", model).put("choices", choices).put("usage", usage()));
    }
}
