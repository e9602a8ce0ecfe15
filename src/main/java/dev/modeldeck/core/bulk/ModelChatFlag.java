package dev.modeldeck.core.bulk;

/** A discovered model and whether it is usable in chat (discovery decides; embeddings, audio, images are not). */
public final class ModelChatFlag {
    private final String modelId;
    private final boolean chat;

    public ModelChatFlag(String modelId, boolean chat) {
        this.modelId = modelId;
        this.chat = chat;
    }

    public String modelId() { return modelId; }
    public boolean isChat() { return chat; }
}
