package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import java.util.function.Function;

/** The records' JSON, and the rules that decide between a stored record and a newer write of it. */
final class HistoryCodec {
    private final Function<String, Json> reader;

    HistoryCodec(Function<String, Json> reader) { this.reader = reader; }

    Json parse(String raw) {
        Json j = raw == null ? null : reader.apply(raw);
        return j == null || !j.isObject() ? null : j;
    }

    static String conversation(Conversation c) {
        return JsonWriter.write(Json.object().put("id", c.id).put("title", c.title).put("system", c.systemPrompt)
            .put("providerId", c.providerId).put("model", c.modelId).put("createdAt", c.createdAt)
            .put("updatedAt", c.updatedAt).put("metaAt", c.metaAt));
    }

    /** A conversation without its messages, or null when the record is unreadable. */
    Conversation conversation(String raw) {
        Json j = parse(raw);
        if (j == null || j.get("id").str() == null) {
            return null;
        }
        Conversation c = Conversation.fromJson(j);
        c.metaAt = j.get("metaAt").asLong(0);
        return c;
    }

    /** The message's record; {@code content} replaces its text (a streaming reply keeps its text in parts). */
    static String message(ChatMessage m, String content, String reasoning) {
        JsonObject o = m.toJson().put("content", content).put("id", m.id).put("rev", m.rev);
        if (reasoning.isEmpty()) {
            o.remove("reasoning");
        } else {
            o.put("reasoning", reasoning);
        }
        return JsonWriter.write(o);
    }

    ChatMessage message(String raw) {
        Json j = parse(raw);
        if (j == null || j.get("id").str() == null) {
            return null;
        }
        ChatMessage m = ChatMessage.fromJson(j);
        m.id = j.get("id").str();
        m.rev = j.get("rev").asLong(0);
        return m;
    }

    static String part(String content, String reasoning) {
        return JsonWriter.write(Json.object().put("c", content).put("r", reasoning));
    }

    /** The stored record unless {@code incoming} is a newer revision: a stale page never overwrites newer text. */
    String newerMessage(String stored, String incoming) {
        if (stored == null) {
            return incoming;
        }
        Json s = parse(stored);
        Json i = parse(incoming);
        return s == null || i.get("rev").asLong(0) > s.get("rev").asLong(0) ? incoming : stored;
    }

    /**
     * Two pages' views of one conversation: the later activity time wins, and the title, prompt and model come
     * from whichever page changed them last (so a page that never touched them cannot undo another's rename).
     */
    String mergeConversation(String stored, String incoming) {
        Conversation s = conversation(stored);
        if (s == null) {
            return incoming;
        }
        Conversation i = conversation(incoming);
        Conversation winner = i.metaAt >= s.metaAt ? i : s;
        Conversation other = winner == i ? s : i;
        winner.updatedAt = Math.max(winner.updatedAt, other.updatedAt);
        winner.createdAt = s.createdAt == 0 ? i.createdAt : s.createdAt;
        String merged = conversation(winner);
        return merged.equals(stored) ? stored : merged;
    }
}
