package dev.modeldeck.core.security;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plaintext inside the vault: {"keys":{providerId: apiKey}} as UTF-8 JSON. */
final class VaultPayload {
    /** What the check field encrypts; any fixed text works, its GCM tag does the checking. */
    static final byte[] CHECK_MARKER = "modeldeck-vault-check-1".getBytes(StandardCharsets.UTF_8);

    private VaultPayload() { }

    static byte[] encode(Map<String, String> keys) {
        JsonObject map = Json.object();
        for (Map.Entry<String, String> e : keys.entrySet()) {
            map.put(e.getKey(), e.getValue());
        }
        return JsonWriter.write(Json.object().put("keys", map)).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> decode(byte[] plaintext) throws VaultException {
        Json doc;
        try {
            doc = JsonParser.parse(new String(plaintext, StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw VaultDocument.damaged();
        }
        Json keys = doc.get("keys");
        if (!keys.isObject()) {
            throw VaultDocument.damaged();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Json> e : keys.fields().entrySet()) {
            String value = e.getValue().str();
            if (value == null) {
                throw VaultDocument.damaged();
            }
            out.put(e.getKey(), value);
        }
        return out;
    }
}
