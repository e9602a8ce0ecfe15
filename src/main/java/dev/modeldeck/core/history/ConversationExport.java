package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;

/** One conversation as a file: Markdown to read, JSON to read back in ({@code modeldeck-conversation}, version 1). */
public final class ConversationExport {
    public static final String FORMAT = "modeldeck-conversation";
    public static final int VERSION = 1;

    private ConversationExport() { }

    public static String json(Conversation c, long now) {
        JsonArray messages = Json.array();
        for (ChatMessage m : c.messages) {
            messages.add(m.toJson());
        }
        return JsonWriter.write(Json.object().put("format", FORMAT).put("version", VERSION).put("exportedAt", now)
            .put("title", c.title).put("system", c.systemPrompt).put("providerId", c.providerId).put("model", c.modelId)
            .put("createdAt", c.createdAt).put("updatedAt", c.updatedAt).put("messages", messages));
    }

    public static String markdown(Conversation c) {
        StringBuilder sb = new StringBuilder("# ").append(c.title).append("\n\n");
        if (c.systemPrompt != null && !c.systemPrompt.isEmpty()) {
            sb.append("> ").append(I18n.t("history_md_system")).append(": ").append(c.systemPrompt.replace("\n", "\n> ")).append("\n\n");
        }
        for (ChatMessage m : c.messages) {
            String who = m.isAssistant()
                ? (m.modelId == null ? I18n.t("history_md_assistant") : I18n.t("history_md_assistant_model", m.modelId))
                : I18n.t("history_md_you");
            sb.append("## ").append(who).append("\n\n").append(m.content).append("\n\n");
        }
        return sb.toString();
    }

    /** The conversation in an exported file, under a new id; null with {@code problem} set when it is not one. */
    public static Conversation read(String text, String newId, long now, StringBuilder problem) {
        Json j = JsonParser.tryParse(text);
        if (j == null || !j.isObject() || !FORMAT.equals(j.get("format").str())) {
            problem.append(I18n.t("history_import_not_ours"));
            return null;
        }
        if (j.get("version").asLong(0) > VERSION) {
            problem.append(I18n.t("history_import_newer"));
            return null;
        }
        Conversation c = Conversation.fromJson(j);
        c.id = newId;
        c.createdAt = c.createdAt == 0 ? now : c.createdAt;
        c.updatedAt = now;
        c.metaAt = now;
        long time = c.createdAt;
        for (int i = 0; i < c.messages.size(); i++) {
            ChatMessage m = c.messages.get(i);
            time = Math.max(time, m.createdAt);
            m.id = MessageIds.id(time, i, "i");
            m.rev = 1;
            if (m.status == ChatMessage.Status.STREAMING) {
                m.status = ChatMessage.Status.INCOMPLETE;
            }
        }
        return c;
    }
}
