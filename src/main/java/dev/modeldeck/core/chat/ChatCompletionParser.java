package dev.modeldeck.core.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.net.NetException;
import java.util.List;

/**
 * Reads a whole (non-streaming) chat completion: {@code choices[0].message} with content,
 * reasoning_content/reasoning and tool_calls, usage, LM Studio's stats, or an error document.
 * It runs through {@link StreamAssembler}, so both paths read fields the same way.
 */
public final class ChatCompletionParser {
    private ChatCompletionParser() { }

    /** Parses {@code body} into the assembler; false when the body is not JSON (nothing was fed). */
    public static boolean parseInto(String body, StreamAssembler assembler) {
        Json json = JsonParser.tryParse(body);
        if (json == null) {
            return false;
        }
        assembler.onWholeResponse(json);
        return true;
    }

    /** Parses a full response body; the outcome's timings are -1/0 because nothing was timed. */
    public static ChatOutcome parse(String body, List<String> secrets) {
        StreamAssembler a = new StreamAssembler(null, secrets);
        NetException err;
        ChatMessage.Status status;
        if (!parseInto(body, a)) {
            status = ChatMessage.Status.ERROR;
            err = new NetException(NetException.Kind.PROTOCOL, I18n.t("chatcore_not_json"));
        } else {
            status = ChatOutcome.decide(a, null, true);
            err = a.error() != null ? a.error() : ChatOutcome.implicitError(status, a, true);
        }
        return new ChatOutcome(status, a, err, -1, 0, 1, BodyFormat.JSON, null);
    }
}
