package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the legacy {@code chat_history} value (a JSON string of [{role, content}]). Roles and contents
 * are kept exactly, unknown roles included. Whatever cannot be read is not dropped: the caller keeps
 * the raw text verbatim in a backup key when {@link #needsBackup()} says so.
 *
 * @param needsBackup true when some or all of the raw text could not be turned into messages
 * @param problem why a backup is needed, for the notice; null when none is
 */
public record LegacyChatHistory(List<ChatMessage> messages, int unreadableEntries, boolean needsBackup,
                                String problem) {
    public static LegacyChatHistory parse(String raw) {
        if (raw == null || raw.trim().isEmpty()) {
            return new LegacyChatHistory(Collections.emptyList(), 0, false, null);
        }
        Json json = JsonParser.tryParse(raw);
        if (json == null) {
            return new LegacyChatHistory(Collections.emptyList(), 0, true, I18n.t("store_legacy_history_not_json"));
        }
        if (json.isNull()) {
            return new LegacyChatHistory(Collections.emptyList(), 0, false, null);
        }
        if (!json.isArray()) {
            return new LegacyChatHistory(Collections.emptyList(), 0, true, I18n.t("store_legacy_history_not_list"));
        }
        List<ChatMessage> list = new ArrayList<>();
        int unreadable = 0;
        for (Json item : json.items()) {
            String role = item.get("role").str();
            if (!item.isObject() || role == null) {
                unreadable++;
                continue;
            }
            list.add(new ChatMessage(role, contentText(item.get("content"))));
        }
        String problem = unreadable == 0 ? null
            : I18n.plural("store_legacy_history_no_role", unreadable);
        return new LegacyChatHistory(list, unreadable, unreadable > 0, problem);
    }

    /** Text as is; a structured content (e.g. a list of parts) is kept as its JSON text rather than lost. */
    private static String contentText(Json content) {
        if (content.isString()) {
            return content.str();
        }
        if (content.isMissing() || content.isNull()) {
            return "";
        }
        return JsonWriter.write(content);
    }
}
