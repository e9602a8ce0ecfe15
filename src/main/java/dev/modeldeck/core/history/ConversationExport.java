package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Conversations as files: one as Markdown to read, one as JSON to read back in ({@code modeldeck-conversation},
 * version 1), or several in one JSON file ({@code modeldeck-conversations}: the same objects in a list).
 */
public final class ConversationExport {
    public static final String FORMAT = "modeldeck-conversation";
    public static final String FORMAT_MANY = "modeldeck-conversations";
    public static final int VERSION = 1;

    private ConversationExport() { }

    public static String json(Conversation c, long now) {
        return JsonWriter.write(object(c, now));
    }

    /** Several conversations in one file; the import reads them all back. */
    public static String jsonAll(List<Conversation> conversations, long now) {
        JsonArray all = Json.array();
        for (Conversation c : conversations) {
            all.add(object(c, now));
        }
        return JsonWriter.write(Json.object().put("format", FORMAT_MANY).put("version", VERSION).put("exportedAt", now)
            .put("conversations", all));
    }

    private static JsonObject object(Conversation c, long now) {
        JsonArray messages = Json.array();
        for (ChatMessage m : c.messages) {
            messages.add(m.toJson());
        }
        return Json.object().put("format", FORMAT).put("version", VERSION).put("exportedAt", now)
            .put("title", c.title).put("system", c.systemPrompt).put("providerId", c.providerId).put("model", c.modelId)
            .put("createdAt", c.createdAt).put("updatedAt", c.updatedAt).put("messages", messages);
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
        String tooLarge = ConversationFileRules.sizeRefusal(text.length());
        if (tooLarge != null) {
            problem.append(tooLarge);
            return null;
        }
        return conversation(JsonParser.tryParse(text), 1, newId, now, problem);
    }

    /**
     * The conversations in a file of one or of several, each under a new id, in the file's order; null with
     * {@code problem} set when the file (or any conversation in it) is not one of ours: nothing is half imported.
     */
    public static List<Conversation> readAll(String text, Supplier<String> newId, long now, StringBuilder problem) {
        String tooLarge = ConversationFileRules.sizeRefusal(text.length());
        if (tooLarge != null) {
            problem.append(tooLarge);
            return null;
        }
        Json j = JsonParser.tryParse(text);
        List<Conversation> out = new ArrayList<>();
        if (j == null || !j.isObject() || !FORMAT_MANY.equals(j.get("format").str())) {
            Conversation c = conversation(j, 1, newId.get(), now, problem);
            if (c == null) {
                return null;
            }
            out.add(c);
            return out;
        }
        if (j.get("version").asLong(0) > VERSION) {
            problem.append(I18n.t("history_import_newer"));
            return null;
        }
        String tooMany = ConversationFileRules.tooManyConversations(j.get("conversations").items().size());
        if (tooMany != null) {
            problem.append(tooMany);
            return null;
        }
        for (Json item : j.get("conversations").items()) {
            Conversation c = conversation(item, out.size() + 1, newId.get(), now, problem);
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    /** Conversation {@code number} (1-based) of a file under a new id; null with {@code problem} set when it cannot be imported. */
    private static Conversation conversation(Json j, int number, String newId, long now, StringBuilder problem) {
        if (j == null || !j.isObject() || !FORMAT.equals(j.get("format").str())) {
            problem.append(I18n.t("history_import_not_ours"));
            return null;
        }
        if (j.get("version").asLong(0) > VERSION) {
            problem.append(I18n.t("history_import_newer"));
            return null;
        }
        String refused = ConversationFileRules.refusal(j, number);
        if (refused != null) {
            problem.append(refused);
            return null;
        }
        Conversation c = Conversation.fromJson(j);
        c.id = newId;
        ConversationFileRules.tidy(c, now);
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
