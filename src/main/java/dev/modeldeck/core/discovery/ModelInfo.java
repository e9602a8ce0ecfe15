package dev.modeldeck.core.discovery;

/**
 * One model and what is known about it, each capability with its source. Immutable; change a copy
 * through {@link #toBuilder()}.
 *
 * <p>{@link #id()} is the model's name in ModelDeck (prefs, custom models, pickers and search use it);
 * {@link #requestId()} is exactly what the provider listed, and is what a chat request should send.
 * They differ only where the parser cleaned an id for people: Gemini's "models/gemini-2.0-flash" is
 * shown as "gemini-2.0-flash" but still sent as listed, since the provider is sure to accept its own id.
 */
public final class ModelInfo {
    private final String id;
    private final String requestId;
    private final String displayName;
    private final String ownedBy;
    private final Long created;
    private final String family;
    private final String baseModel;
    private final String state;
    private final Sourced<ModelType> type;
    private final Sourced<Long> contextLength;
    private final Sourced<Long> maxOutput;
    private final Sourced<Boolean> streaming;
    private final Sourced<Boolean> vision;
    private final Sourced<Boolean> tools;
    private final Sourced<Boolean> reasoning;
    private final Sourced<Pricing> pricing;

    private ModelInfo(Builder b) {
        id = b.id;
        requestId = b.requestId == null ? b.id : b.requestId;
        displayName = b.displayName;
        ownedBy = b.ownedBy;
        created = b.created;
        family = b.family;
        baseModel = b.baseModel;
        state = b.state;
        type = b.type;
        contextLength = b.contextLength;
        maxOutput = b.maxOutput;
        streaming = b.streaming;
        vision = b.vision;
        tools = b.tools;
        reasoning = b.reasoning;
        pricing = b.pricing;
    }

    public static Builder builder(String id) { return new Builder(id); }

    public String id() { return id; }
    public String requestId() { return requestId; }
    /** A friendlier name the provider gave (OpenRouter, Together, Gemini), or null. */
    public String displayName() { return displayName; }
    public String ownedBy() { return ownedBy; }
    /** Seconds since 1970, or null. */
    public Long created() { return created; }
    /** Model family the server reported (Ollama details.family), or null. */
    public String family() { return family; }
    /** The underlying model of a deployment or fine-tune (Azure "model", vLLM "root"), or null. */
    public String baseModel() { return baseModel; }
    /** Load state a local server reported (LM Studio "loaded"/"not-loaded"), or null. */
    public String state() { return state; }
    public Sourced<ModelType> type() { return type; }
    public Sourced<Long> contextLength() { return contextLength; }
    public Sourced<Long> maxOutput() { return maxOutput; }
    public Sourced<Boolean> streaming() { return streaming; }
    public Sourced<Boolean> vision() { return vision; }
    public Sourced<Boolean> tools() { return tools; }
    public Sourced<Boolean> reasoning() { return reasoning; }
    public Sourced<Pricing> pricing() { return pricing; }

    /** True unless the type is known to be something other than chat (embeddings, audio, ...). */
    public boolean usableForChat() { return type.valueOr(ModelType.UNKNOWN).usableForChat(); }

    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.requestId = requestId;
        b.displayName = displayName;
        b.ownedBy = ownedBy;
        b.created = created;
        b.family = family;
        b.baseModel = baseModel;
        b.state = state;
        b.type = type;
        b.contextLength = contextLength;
        b.maxOutput = maxOutput;
        b.streaming = streaming;
        b.vision = vision;
        b.tools = tools;
        b.reasoning = reasoning;
        b.pricing = pricing;
        return b;
    }

    @Override public String toString() { return "ModelInfo{" + id + ", " + type + ", ctx " + contextLength + "}"; }

    public static final class Builder {
        private final String id;
        private String requestId;
        private String displayName;
        private String ownedBy;
        private Long created;
        private String family;
        private String baseModel;
        private String state;
        private Sourced<ModelType> type = Sourced.unknown();
        private Sourced<Long> contextLength = Sourced.unknown();
        private Sourced<Long> maxOutput = Sourced.unknown();
        private Sourced<Boolean> streaming = Sourced.unknown();
        private Sourced<Boolean> vision = Sourced.unknown();
        private Sourced<Boolean> tools = Sourced.unknown();
        private Sourced<Boolean> reasoning = Sourced.unknown();
        private Sourced<Pricing> pricing = Sourced.unknown();

        private Builder(String id) { this.id = id; }

        public String id() { return id; }
        Sourced<ModelType> currentType() { return type; }

        public Builder requestId(String v) { requestId = v; return this; }
        public Builder displayName(String v) { displayName = v; return this; }
        public Builder ownedBy(String v) { ownedBy = v; return this; }
        public Builder created(Long v) { created = v; return this; }
        public Builder family(String v) { family = v; return this; }
        public Builder baseModel(String v) { baseModel = v; return this; }
        public Builder state(String v) { state = v; return this; }
        public Builder type(Sourced<ModelType> v) { type = v; return this; }
        public Builder contextLength(Sourced<Long> v) { contextLength = v; return this; }
        public Builder maxOutput(Sourced<Long> v) { maxOutput = v; return this; }
        public Builder streaming(Sourced<Boolean> v) { streaming = v; return this; }
        public Builder vision(Sourced<Boolean> v) { vision = v; return this; }
        public Builder tools(Sourced<Boolean> v) { tools = v; return this; }
        public Builder reasoning(Sourced<Boolean> v) { reasoning = v; return this; }
        public Builder pricing(Sourced<Pricing> v) { pricing = v; return this; }

        /** Fills every field still empty here from {@code other} (duplicate entries: the first one wins). */
        public Builder fillFrom(ModelInfo other) {
            if (displayName == null) { displayName = other.displayName; }
            if (ownedBy == null) { ownedBy = other.ownedBy; }
            if (created == null) { created = other.created; }
            if (family == null) { family = other.family; }
            if (baseModel == null) { baseModel = other.baseModel; }
            if (state == null) { state = other.state; }
            type = type.or(other.type);
            contextLength = contextLength.or(other.contextLength);
            maxOutput = maxOutput.or(other.maxOutput);
            streaming = streaming.or(other.streaming);
            vision = vision.or(other.vision);
            tools = tools.or(other.tools);
            reasoning = reasoning.or(other.reasoning);
            pricing = pricing.or(other.pricing);
            return this;
        }

        public ModelInfo build() { return new ModelInfo(this); }
    }
}
