package dev.modeldeck.core.bulk;

/** A discovered model and whether it is usable in chat (discovery decides; embeddings, audio, images are not). */
public record ModelChatFlag(String modelId, boolean chat) { }
