package dev.modeldeck.core.store;

import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;

/**
 * One row of the conversation index: enough to list conversations without reading them.
 *
 * @param modelId model last chosen in the conversation, or null
 */
public record ConversationSummary(String id, String title, long updatedAt, String modelId) {
    public static ConversationSummary of(Conversation c) {
        return new ConversationSummary(c.id, c.title, c.updatedAt, c.modelId);
    }

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

    /** Without the title: it is the user's own words. */
    @Override public String toString() { return "ConversationSummary[" + id + "]"; }
}
