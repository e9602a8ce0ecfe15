package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.I18n;

/** What a model is for; only CHAT and UNKNOWN are offered in the chat picker. */
public enum ModelType {
    CHAT("chat"),
    EMBEDDING("embedding"),
    AUDIO("audio"),
    IMAGE("image"),
    MODERATION("moderation"),
    RERANK("rerank"),
    /** The provider says it is not a chat model and it is none of the kinds above (OCR, completion-only). */
    OTHER("other"),
    UNKNOWN("unknown");

    private final String wire;

    ModelType(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** The kind for people ("embedding", "audio"…), in the user's language. */
    public String label() {
        return switch (this) {
            case CHAT -> I18n.t("disc_type_chat");
            case EMBEDDING -> I18n.t("disc_type_embedding");
            case AUDIO -> I18n.t("disc_type_audio");
            case IMAGE -> I18n.t("disc_type_image");
            case MODERATION -> I18n.t("disc_type_moderation");
            case RERANK -> I18n.t("disc_type_rerank");
            case OTHER -> I18n.t("disc_type_other");
            case UNKNOWN -> I18n.t("disc_type_unknown");
        };
    }

    /** Unknown models stay selectable: a generic server's list says nothing about type. */
    public boolean usableForChat() { return this == CHAT || this == UNKNOWN; }

    /** Reads our own wire name and the type words providers use; null when the word means nothing to us. */
    public static ModelType fromWord(String word) {
        if (word == null) {
            return null;
        }
        String w = word.trim().toLowerCase();
        switch (w) {
            case "chat": case "llm": case "vlm": case "language": case "code": case "text": case "chat_completion":
                return CHAT;
            case "embedding": case "embeddings": case "embed":
                return EMBEDDING;
            case "audio": case "transcribe": case "transcription": case "tts": case "speech": case "stt":
                return AUDIO;
            case "image": case "images": case "image-generation":
                return IMAGE;
            case "moderation":
                return MODERATION;
            case "rerank": case "reranker":
                return RERANK;
            case "other":
                return OTHER;
            case "unknown":
                return UNKNOWN;
            default:
                return null;
        }
    }
}
