package dev.modeldeck.testprovider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/** Builds model list bodies: the demo list, generated lists of any size, in any {@link Content.Shape}. */
public final class ModelLists {
    /** The demo provider's models: chat models first, one embedding model last. */
    public static final List<String> DEMO_IDS = List.of("demo-chat", "demo-reasoner", "demo-fast", "demo-embed-small");

    private static final long CREATED = 1735689600L; // 2025-01-01, fixed so bodies are stable

    private ModelLists() { }

    public static List<String> generatedIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String num = Integer.toString(i);
            StringBuilder sb = new StringBuilder("generated-model-");
            for (int pad = num.length(); pad < 5; pad++) {
                sb.append('0');
            }
            ids.add(sb.append(num).toString());
        }
        return ids;
    }

    public static String body(List<String> ids, Content.Shape shape) {
        switch (shape) {
            case BARE_ARRAY: {
                JsonArray arr = Json.array();
                for (String id : ids) {
                    arr.add(openAiModel(id));
                }
                return JsonWriter.write(arr);
            }
            case OLLAMA_TAGS: {
                JsonArray arr = Json.array();
                for (String id : ids) {
                    arr.add(Json.object().put("name", id).put("model", id)
                            .put("modified_at", "2025-01-01T00:00:00Z").put("size", 1_000_000L)
                            .put("details", Json.object().put("family", "demo").put("parameter_size", "1B")));
                }
                return JsonWriter.write(Json.object().put("models", arr));
            }
            case ID_STRINGS: {
                JsonArray arr = Json.array();
                for (String id : ids) {
                    arr.add(id);
                }
                return JsonWriter.write(Json.object().put("data", arr));
            }
            case OPENAI:
            default: {
                JsonArray arr = Json.array();
                for (String id : ids) {
                    arr.add(openAiModel(id));
                }
                return JsonWriter.write(Json.object().put("object", "list").put("data", arr));
            }
        }
    }

    private static JsonObject openAiModel(String id) {
        return Json.object().put("id", id).put("object", "model").put("created", CREATED).put("owned_by", "modeldeck-demo");
    }

    /**
     * A valid OpenAI-shaped list of at least {@code megabytes} MB: models with long descriptions.
     * Written in pieces so the body streams out in many chunks.
     */
    public static List<String> hugeBodyPieces(int megabytes) {
        long target = (long) megabytes * 1024 * 1024;
        StringBuilder padding = new StringBuilder(4000);
        while (padding.length() < 4000) {
            padding.append("A very long model description for size tests. ");
        }
        String pad = padding.toString();
        List<String> pieces = new ArrayList<>();
        pieces.add("{\"object\":\"list\",\"data\":[");
        long size = 0;
        int i = 0;
        while (size < target) {
            StringBuilder sb = new StringBuilder(64 * 1024);
            while (sb.length() < 60_000 && size + sb.length() < target) {
                if (i > 0) {
                    sb.append(',');
                }
                i++;
                sb.append("{\"id\":\"huge-model-").append(i).append("\",\"object\":\"model\",\"created\":")
                        .append(CREATED).append(",\"owned_by\":\"modeldeck-demo\",\"description\":\"")
                        .append(pad).append("\"}");
            }
            size += sb.length();
            pieces.add(sb.toString());
        }
        pieces.add("]}");
        return pieces;
    }
}
