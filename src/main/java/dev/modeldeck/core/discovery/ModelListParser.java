package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.Numbers;
import dev.modeldeck.core.net.ErrorClassifier;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.net.Redactor;
import dev.modeldeck.core.provider.ProviderTextLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a /models body into a {@link ModelList}, accepting every list shape providers use:
 * OpenAI {"data":[...]}, bare arrays (Together, OpenRouter exports), {"models":[...]} (Ollama
 * /api/tags, Gemini), both at once (llama.cpp), {"result":[...]} (Cloudflare), and entries that are
 * plain strings. Anything that is not a model list fails loudly as a PROTOCOL error with a snippet;
 * a real but empty list is returned and flagged, never mistaken for a failure or hidden.
 */
public final class ModelListParser {
    private ModelListParser() { }

    public static ModelList parse(String body) throws NetException {
        return parse(body, null, Collections.<String>emptyList());
    }

    /**
     * @param contentType the response's Content-Type, or null when unknown
     * @param secrets texts that must not appear in any error message (API key, custom header values)
     */
    public static ModelList parse(String body, String contentType, List<String> secrets) throws NetException {
        List<String> notes = new ArrayList<>();
        String type = contentType == null ? "" : contentType.toLowerCase();
        String trimmed = body == null ? "" : body.trim();
        if (type.contains("html") || looksLikeHtml(trimmed)) {
            throw protocol(I18n.t("disc_web_page"), body, secrets);
        }
        if (trimmed.isEmpty()) {
            throw protocol(I18n.t("disc_empty_answer"), body, secrets);
        }
        Json root;
        try {
            root = JsonParser.parse(trimmed);
        } catch (JsonException e) {
            String message = type.isEmpty() || type.contains("json") ? I18n.t("disc_not_json")
                    : I18n.t("disc_not_json_typed", mediaType(type));
            throw protocol(message, body, secrets);
        }
        if (!type.isEmpty() && !type.contains("json")) {
            notes.add(I18n.t("disc_note_mislabelled_json", mediaType(type)));
        }

        List<Json> lists = new ArrayList<>();
        if (root.isArray()) {
            lists.add(root);
        } else if (root.isObject()) {
            Json error = root.get("error");
            if (!error.isMissing() && !error.isNull() && !hasArray(root)) {
                throw errorOnSuccess(root, body, secrets);
            }
            addIfArray(lists, root.get("data"));
            addIfArray(lists, root.get("models"));
            if (lists.isEmpty()) {
                addIfArray(lists, root.get("result"));
            }
            if (lists.isEmpty() && isNullOrEmptyObject(root.get("data"))) {
                // Servers written in Go send "data": null for an empty list.
                notes.add(I18n.t("disc_note_null_list"));
                lists.add(Json.array());
            }
            if (lists.size() == 2) {
                notes.add(I18n.t("disc_note_lists_merged"));
            }
        }
        if (lists.isEmpty()) {
            throw protocol(notAModelList(root), body, secrets);
        }
        return collect(lists, notes);
    }

    private static ModelList collect(List<Json> lists, List<String> notes) {
        Map<String, ModelInfo.Builder> byId = new LinkedHashMap<>();
        int skipped = 0;
        int duplicates = 0;
        int cleanedIds = 0;
        int legacyPriced = 0;
        int tooLong = 0;
        for (int li = 0; li < lists.size(); li++) {
            Map<String, Boolean> seenInThisList = new LinkedHashMap<>();
            for (Json entry : lists.get(li).items()) {
                boolean legacy = isLegacyTogether(entry);
                ModelInfo.Builder b = ModelEntryReader.read(entry, legacy);
                if (b == null) {
                    skipped++;
                    continue;
                }
                if (ProviderTextLimits.isModelIdTooLong(b.build().requestId())) {
                    tooLong++; // a cut id would name no model, and a kept one would be copied into settings and chats
                    continue;
                }
                if (legacy && entry.get("pricing").isObject()) {
                    legacyPriced++;
                }
                ModelInfo.Builder first = byId.get(b.id());
                if (first == null) {
                    byId.put(b.id(), b);
                    if (!b.id().equals(b.build().requestId())) {
                        cleanedIds++;
                    }
                } else {
                    first.fillFrom(b.build());
                    // The same model in llama.cpp's two lists is expected, not odd.
                    if (seenInThisList.containsKey(b.id())) {
                        duplicates++;
                    }
                }
                seenInThisList.put(b.id(), Boolean.TRUE);
            }
        }
        List<ModelInfo> models = new ArrayList<>(byId.size());
        for (ModelInfo.Builder b : byId.values()) {
            models.add(b.build());
        }
        if (skipped > 0) {
            notes.add(I18n.plural("disc_note_skipped_without_id", skipped));
        }
        if (duplicates > 0) {
            notes.add(I18n.plural("disc_note_duplicates_merged", duplicates));
        }
        if (tooLong > 0) {
            notes.add(I18n.plural("disc_note_long_ids_left_out", tooLong, I18n.format().integer(ProviderTextLimits.MODEL_ID)));
        }
        if (cleanedIds > 0) {
            notes.add(I18n.plural("disc_note_prefix_removed", cleanedIds));
        }
        if (legacyPriced > 0) {
            notes.add(I18n.t("disc_note_legacy_prices"));
        }
        if (models.isEmpty()) {
            notes.add(I18n.t("disc_note_no_models"));
        }
        return new ModelList(models, notes, skipped, duplicates);
    }

    /** The old Together models/info shape names models only by "name" and types them by "display_type". */
    private static boolean isLegacyTogether(Json e) {
        return e.isObject() && e.get("id").isMissing() && !e.get("display_type").isMissing();
    }

    /** A 200 whose body is a provider error: classified like the HTTP status it names, else a PROTOCOL error. */
    private static NetException errorOnSuccess(Json root, String body, List<String> secrets) {
        Json error = root.get("error");
        String message = error.isString() ? error.str() : error.get("message").str();
        Long code = Numbers.inRange(error.get("code"), 0, 999);
        if (code == null) {
            code = Numbers.inRange(error.get("status"), 0, 999);
        }
        int status = code == null ? 0 : (int) (long) code;
        if (status >= 400 && status <= 599) {
            return ErrorClassifier.classify(status, Collections.emptyList(), body, secrets);
        }
        String safe = message == null ? null : BodySnippet.of(message, secrets);
        NetException e = new NetException(NetException.Kind.PROTOCOL,
                I18n.t("disc_error_instead_of_list", safe == null || safe.isEmpty() ? BodySnippet.of(body, secrets) : safe))
                .withStatus(200).withProviderMessage(safe);
        String providerCode = ModelEntryReader.text(error.get("code"));
        return providerCode == null ? e : e.withProviderCode(BodySnippet.of(providerCode, secrets));
    }

    private static NetException protocol(String message, String body, List<String> secrets) {
        String snippet = BodySnippet.of(body, secrets);
        // The message may quote the provider's own keys, so it is redacted as a whole.
        return new NetException(NetException.Kind.PROTOCOL, Redactor.redact(
                snippet.isEmpty() ? message : I18n.t("disc_with_snippet", message, snippet), secrets));
    }

    private static boolean looksLikeHtml(String t) {
        return t.regionMatches(true, 0, "<!doctype html", 0, 14) || t.regionMatches(true, 0, "<html", 0, 5);
    }

    private static boolean hasArray(Json root) {
        return root.get("data").isArray() || root.get("models").isArray();
    }

    private static void addIfArray(List<Json> lists, Json j) {
        if (j.isArray()) {
            lists.add(j);
        }
    }

    private static boolean isNullOrEmptyObject(Json j) { return j.isNull() || (j.isObject() && j.size() == 0); }

    /** Says what the JSON was instead: a single value, an empty object, or an object with these keys. */
    private static String notAModelList(Json root) {
        if (!root.isObject()) {
            return root.isString() ? I18n.t("disc_not_list_string")
                    : root.isNumber() ? I18n.t("disc_not_list_number") : I18n.t("disc_not_list_value");
        }
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String k : root.fields().keySet()) {
            if (n == 5) {
                sb.append(", \u2026");
                break;
            }
            sb.append(n == 0 ? "" : ", ").append(k.length() > 30 ? k.substring(0, 30) : k);
            n++;
        }
        return n == 0 ? I18n.t("disc_not_list_empty_object") : I18n.t("disc_not_list_keys", sb.toString());
    }

    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    }

}
