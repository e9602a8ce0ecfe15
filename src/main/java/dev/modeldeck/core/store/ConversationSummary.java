package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;

/** One row of the conversation index: enough to list conversations without reading them. */
public final class ConversationSummary {
    private final String id;
    private final String title;
    private final long updatedAt;
    private final String modelId;

    public ConversationSummary(String id, String title, long updatedAt, String modelId) {
        this.id = id;
        this.title = title;
        this.updatedAt = updatedAt;
        this.modelId = modelId;
    }

    public static ConversationSummary of(Conversation c) {
        return new ConversationSummary(c.id, c.title, c.updatedAt, c.modelId);
    }

    public String id() { return id; }
    public String title() { return title; }
    public long updatedAt() { return updatedAt; }
    /** Model last chosen in the conversation, or null. */
    public String modelId() { return modelId; }

    JsonObject toJson() {
        return Json.object().put("id", id).put("title", title).put("updatedAt", updatedAt).put("model", modelId);
    }

    /** Null when the row has no id (it could not point at a conversation). */
    static ConversationSummary fromJson(Json j) {
        String id = j.get("id").str();
        if (id == null || id.isEmpty()) {
            return null;
        }
        return new ConversationSummary(id, j.get("title").str(I18n.t("store_new_chat_title")), j.get("updatedAt").asLong(0), j.get("model").str());
    }
}
