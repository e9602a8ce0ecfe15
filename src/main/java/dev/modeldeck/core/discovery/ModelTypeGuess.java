package dev.modeldeck.core.discovery;

/**
 * Guesses a model's type from the words in its id, for lists that say nothing about type, so
 * embeddings, speech and image models are never offered in chat.
 */
final class ModelTypeGuess {
    private ModelTypeGuess() { }

    /** The type the id's words point to, or null when they point nowhere in particular. */
    static ModelType fromId(String id) {
        if (id == null) {
            return null;
        }
        String s = id.toLowerCase();
        if (s.contains("rerank")) {
            return ModelType.RERANK;
        }
        if (s.contains("embed") || IdWords.containsWordStart(s, "bge-") || IdWords.containsWordStart(s, "gte-")
                || IdWords.containsWordStart(s, "e5-")) {
            return ModelType.EMBEDDING;
        }
        if (s.contains("moderation") || s.contains("llama-guard") || s.contains("llamaguard") || s.contains("shieldgemma")) {
            return ModelType.MODERATION;
        }
        if (s.contains("whisper") || s.contains("transcribe") || IdWords.containsWord(s, "tts") || s.contains("-audio")
                || s.contains("realtime") || IdWords.containsWord(s, "speech")) {
            return ModelType.AUDIO;
        }
        if (s.contains("dall-e") || s.contains("gpt-image") || s.contains("imagen") || s.contains("stable-diffusion")
                || IdWords.containsWord(s, "sdxl") || IdWords.containsWord(s, "flux")) {
            return ModelType.IMAGE;
        }
        return null;
    }

    /** Ollama reports encoder families ("bert", "nomic-bert") for its embedding models. */
    static ModelType fromFamily(String family) {
        if (family == null) {
            return null;
        }
        return family.toLowerCase().contains("bert") ? ModelType.EMBEDDING : fromId(family);
    }

    /** Vision cues in ids: "llama-3.2-11b-vision", "qwen2-vl", "llava". */
    static boolean looksVisual(String id) {
        String s = id.toLowerCase();
        return s.contains("vision") || IdWords.containsWord(s, "vl") || s.contains("llava") || s.contains("pixtral");
    }
}
