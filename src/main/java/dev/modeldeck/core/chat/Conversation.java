package dev.modeldeck.core.chat;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A conversation; the model choice is remembered per conversation. */
public final class Conversation {
    public String id;
    public String title = ConversationTitles.defaultTitle();
    public String systemPrompt = "";
    public String providerId;
    public String modelId;
    public long createdAt;
    public long updatedAt;
    /** When the title, system prompt or model choice last changed: the newer choice wins when two pages differ. */
    public long metaAt;
    public List<ChatMessage> messages = new ArrayList<>();

    public Conversation() { }

    public Conversation(String id, long now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public ChatMessage last() { return messages.isEmpty() ? null : messages.get(messages.size() - 1); }

    /** Adds the user's message; the first one also names the conversation. */
    public ChatMessage ask(String text, long now) {
        ChatMessage user = new ChatMessage("user", text);
        user.createdAt = now;
        if (messages.isEmpty()) {
            title = ConversationTitles.fromFirstMessage(text);
        }
        messages.add(user);
        return user;
    }

    /** Index of the newest message that is not a reply (what "edit" takes back), or -1. */
    public int lastQuestionIndex() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (!messages.get(i).isAssistant()) {
                return i;
            }
        }
        return -1;
    }

    public JsonObject toJson() {
        JsonArray msgs = Json.array();
        for (ChatMessage m : messages) {
            msgs.add(m.toJson());
        }
        return Json.object().put("id", id).put("title", title).put("system", systemPrompt)
            .put("providerId", providerId).put("model", modelId)
            .put("createdAt", createdAt).put("updatedAt", updatedAt).put("messages", msgs);
    }

    public static Conversation fromJson(Json j) {
        Conversation c = new Conversation();
        c.id = j.get("id").str();
        c.title = j.get("title").str(ConversationTitles.defaultTitle());
        c.systemPrompt = j.get("system").str("");
        c.providerId = j.get("providerId").str();
        c.modelId = j.get("model").str();
        c.createdAt = j.get("createdAt").asLong(0);
        c.updatedAt = j.get("updatedAt").asLong(c.createdAt);
        for (Json m : j.get("messages").items()) {
            if (m.isObject()) {
                c.messages.add(ChatMessage.fromJson(m));
            }
        }
        return c;
    }
}
