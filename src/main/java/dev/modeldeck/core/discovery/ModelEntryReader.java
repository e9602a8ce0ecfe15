package dev.modeldeck.core.discovery;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.Numbers;
import dev.modeldeck.core.provider.ProviderTextLimits;

/**
 * Reads what one /models entry says about its model, whatever the provider's field names. Only
 * provider facts are recorded here (source PROVIDER); gaps stay unknown.
 */
final class ModelEntryReader {
    static final String GEMINI_PREFIX = "models/";
    /** Context and output limits above a billion tokens are noise, not facts. */
    static final long MAX_TOKENS = 1_000_000_000L;
    /** "created" up to the year 9999, in seconds or (as some servers send) milliseconds. */
    static final long MAX_CREATED = 253_402_300_799_999L;
    /** No price per token or per million tokens comes near a billion dollars. */
    static final double MAX_PRICE = 1e9;

    private ModelEntryReader() { }

    /** The entry's model, or null when it names none (no id, model or name). */
    static ModelInfo.Builder read(Json e, boolean legacyUnitsPricing) {
        if (e.isString()) {
            String id = e.str().trim();
            return id.isEmpty() ? null : idBuilder(id);
        }
        if (!e.isObject()) {
            return null;
        }
        String rawId = firstText(e, "id", "model", "name");
        if (rawId == null) {
            return null;
        }
        ModelInfo.Builder b = idBuilder(rawId);
        String name = firstText(e, "display_name", "displayName");
        String plainName = text(e.get("name"));
        if (name == null && plainName != null && !plainName.equals(rawId) && !plainName.equals(b.id())) {
            name = plainName;
        }
        b.displayName(ProviderTextLimits.cut(name, ProviderTextLimits.NAME));
        b.ownedBy(label(firstText(e, "owned_by", "organization", "owner", "publisher", "creator_organization")));
        Long created = positive(e.get("created"), MAX_CREATED);
        b.created(created != null ? created : positive(e.get("created_at"), MAX_CREATED));
        String model = text(e.get("model"));
        String base = model != null && !model.equals(rawId) ? model : text(e.get("root"));
        b.baseModel(label(base != null && !base.equals(rawId) ? base : null));
        b.state(label(text(e.get("state"))));
        b.family(label(text(e.path("details", "family"))));

        b.contextLength(Sourced.provider(firstPositive(e.get("context_length"), e.get("context_window"),
                e.get("max_context_length"), e.get("max_model_len"), e.path("meta", "n_ctx_train"),
                e.get("inputTokenLimit"), e.get("max_input_tokens"))));
        b.maxOutput(Sourced.provider(firstPositive(e.path("top_provider", "max_completion_tokens"),
                e.get("max_completion_tokens"), e.get("outputTokenLimit"), e.get("max_output_tokens"))));

        readModalities(e, b);
        readCapabilities(e, b);
        readSupportedParameters(e, b);
        readGeminiMethods(e, b);
        if (!b.currentType().isKnown()) {
            ModelType t = ModelType.fromWord(firstText(e, "type", "display_type", "model_type"));
            b.type(Sourced.provider(t));
            if (t == ModelType.CHAT && "vlm".equals(text(e.get("type")))) {
                b.vision(Sourced.provider(true));
            }
        }
        if (!legacyUnitsPricing) {
            b.pricing(Sourced.provider(pricing(e.get("pricing"))));
        }
        return b;
    }

    private static ModelInfo.Builder idBuilder(String rawId) {
        if (rawId.startsWith(GEMINI_PREFIX) && rawId.length() > GEMINI_PREFIX.length()) {
            return ModelInfo.builder(rawId.substring(GEMINI_PREFIX.length())).requestId(rawId);
        }
        return ModelInfo.builder(rawId);
    }

    /** OpenRouter: architecture.modality "text+image->text", or input_modalities / output_modalities arrays. */
    private static void readModalities(Json e, ModelInfo.Builder b) {
        Json arch = e.get("architecture");
        Json inputs = arch.get("input_modalities");
        Json outputs = arch.get("output_modalities");
        String modality = text(arch.get("modality"));
        boolean imageIn;
        boolean textOut;
        boolean imageOut;
        boolean audioOut;
        if (inputs.isArray() || outputs.isArray()) {
            imageIn = contains(inputs, "image");
            textOut = !outputs.isArray() || contains(outputs, "text");
            imageOut = contains(outputs, "image");
            audioOut = contains(outputs, "audio");
        } else if (modality != null && modality.contains("->")) {
            int arrow = modality.indexOf("->");
            String in = modality.substring(0, arrow);
            String out = modality.substring(arrow + 2);
            imageIn = in.contains("image");
            textOut = out.contains("text");
            imageOut = out.contains("image");
            audioOut = out.contains("audio");
        } else {
            return;
        }
        b.vision(Sourced.provider(imageIn));
        if (textOut) {
            b.type(Sourced.provider(ModelType.CHAT));
        } else if (imageOut) {
            b.type(Sourced.provider(ModelType.IMAGE));
        } else if (audioOut) {
            b.type(Sourced.provider(ModelType.AUDIO));
        }
    }

    /**
     * Capability flags: Mistral {completion_chat, function_calling, vision, moderation, ocr}, Azure
     * {chat_completion, embeddings, completion}, or an Ollama-style list ["completion","vision","tools"].
     */
    private static void readCapabilities(Json e, ModelInfo.Builder b) {
        Json caps = e.get("capabilities");
        if (caps.isArray()) {
            b.vision(Sourced.provider(contains(caps, "vision")));
            b.tools(Sourced.provider(contains(caps, "tools")));
            b.reasoning(Sourced.provider(contains(caps, "thinking") || contains(caps, "reasoning")));
            if (contains(caps, "embedding")) {
                b.type(Sourced.provider(ModelType.EMBEDDING));
            } else if (contains(caps, "completion")) {
                b.type(Sourced.provider(ModelType.CHAT));
            }
            return;
        }
        if (!caps.isObject()) {
            return;
        }
        b.vision(Sourced.provider(caps.get("vision").bool()));
        b.tools(Sourced.provider(caps.get("function_calling").bool()));
        Boolean chat = caps.get("completion_chat").bool();
        if (chat == null) {
            chat = caps.get("chat_completion").bool();
        }
        if (Boolean.TRUE.equals(chat)) {
            b.type(Sourced.provider(ModelType.CHAT));
        } else if (caps.get("embeddings").asBoolean(false)) {
            b.type(Sourced.provider(ModelType.EMBEDDING));
        } else if (caps.get("moderation").asBoolean(false)) {
            b.type(Sourced.provider(ModelType.MODERATION));
        } else if (Boolean.FALSE.equals(chat)) {
            // Said outright that it cannot chat (OCR, completion-only, fine-tune bases).
            b.type(Sourced.provider(ModelType.OTHER));
        }
    }

    /** OpenRouter: the parameters a model accepts tell whether it takes tools and reasoning settings. */
    private static void readSupportedParameters(Json e, ModelInfo.Builder b) {
        Json params = e.get("supported_parameters");
        if (!params.isArray()) {
            return;
        }
        b.tools(Sourced.provider(contains(params, "tools")));
        b.reasoning(Sourced.provider(contains(params, "reasoning") || contains(params, "include_reasoning")));
    }

    /** Gemini native list: supportedGenerationMethods ["generateContent", ...] or ["embedContent"]. */
    private static void readGeminiMethods(Json e, ModelInfo.Builder b) {
        Json methods = e.get("supportedGenerationMethods");
        if (!methods.isArray()) {
            return;
        }
        if (contains(methods, "generateContent")) {
            b.type(Sourced.provider(ModelType.CHAT));
        } else if (contains(methods, "embedContent") || contains(methods, "embedText")) {
            b.type(Sourced.provider(ModelType.EMBEDDING));
        }
    }

    /** OpenRouter quotes dollars per token ("prompt"/"completion"); Together's /v1/models dollars per million ("input"/"output"). */
    private static Pricing pricing(Json p) {
        if (!p.isObject()) {
            return null;
        }
        Double prompt = nonNegative(p.get("prompt"));
        Double completion = nonNegative(p.get("completion"));
        if (prompt != null || completion != null) {
            return Pricing.perToken(prompt, completion);
        }
        Double input = nonNegative(p.get("input"));
        Double output = nonNegative(p.get("output"));
        return input != null || output != null ? new Pricing(input, output) : null;
    }

    static boolean contains(Json array, String word) {
        for (Json item : array.items()) {
            String s = item.str();
            if (s != null && s.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** A string (trimmed, non-empty) or a number written as text; null otherwise. */
    static String text(Json j) {
        if (!j.isString() && !j.isNumber()) {
            return null;
        }
        String s = j.text().trim();
        return s.isEmpty() ? null : s;
    }

    private static String firstText(Json e, String... keys) {
        for (String k : keys) {
            String s = text(e.get(k));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String label(String s) { return ProviderTextLimits.cut(s, ProviderTextLimits.LABEL); }

    private static Long positive(Json j, long max) { return Numbers.inRange(j, 1, max); }

    /** The first token limit from 1 to {@link #MAX_TOKENS}; zero, negative and impossible values are skipped. */
    private static Long firstPositive(Json... candidates) {
        for (Json j : candidates) {
            Long v = positive(j, MAX_TOKENS);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** OpenRouter uses "-1" for "priced per request elsewhere"; negative (and absurd) prices are not prices. */
    private static Double nonNegative(Json j) { return Numbers.inRange(j, 0d, MAX_PRICE); }
}
