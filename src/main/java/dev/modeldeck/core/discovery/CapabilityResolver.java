package dev.modeldeck.core.discovery;

import dev.modeldeck.core.provider.CustomModel;

/**
 * Completes a model's capabilities: the user's settings win, then what the provider said, then the
 * built-in table and the id's own words. Every value keeps its source.
 */
public final class CapabilityResolver {
    private CapabilityResolver() { }

    /** @param user the user's overrides for this model, or null */
    public static ModelInfo resolve(ModelInfo fromProvider, CustomModel user) {
        BuiltinModels.Entry known = BuiltinModels.lookup(fromProvider.id());
        if (known == null) {
            known = BuiltinModels.lookup(fromProvider.baseModel());
        }
        if (known == null) {
            known = BuiltinModels.lookup(fromProvider.family());
        }

        Sourced<ModelType> type = fromProvider.type().or(Sourced.builtin(guessType(fromProvider, known)));
        Sourced<Long> context = fromProvider.contextLength().or(Sourced.builtin(known == null ? null : known.contextLength));
        Sourced<Long> maxOutput = fromProvider.maxOutput().or(Sourced.builtin(known == null ? null : known.maxOutput));
        Sourced<Boolean> vision = fromProvider.vision().or(Sourced.builtin(known == null ? null : known.vision));
        if (!vision.isKnown() && ModelTypeGuess.looksVisual(fromProvider.id())) {
            vision = Sourced.builtin(Boolean.TRUE);
        }
        Sourced<Boolean> tools = fromProvider.tools().or(Sourced.builtin(known == null ? null : known.tools));
        Sourced<Boolean> reasoning = fromProvider.reasoning().or(Sourced.builtin(known == null ? null : known.reasoning));
        Sourced<Boolean> streaming = fromProvider.streaming();

        if (user != null) {
            type = Sourced.user(ModelType.fromWord(user.type)).or(type);
            context = Sourced.user(positive(user.contextLength)).or(context);
            maxOutput = Sourced.user(positive(user.maxOutput)).or(maxOutput);
            vision = Sourced.user(user.vision).or(vision);
            tools = Sourced.user(user.tools).or(tools);
            reasoning = Sourced.user(user.reasoning).or(reasoning);
            streaming = Sourced.user(user.streaming).or(streaming);
        }
        if (!streaming.isKnown() && type.value() == ModelType.CHAT) {
            // Every chat API we know streams; the user can switch it off per model.
            streaming = Sourced.builtin(Boolean.TRUE);
        }
        return fromProvider.toBuilder().type(type).contextLength(context).maxOutput(maxOutput)
                .vision(vision).tools(tools).reasoning(reasoning).streaming(streaming).build();
    }

    /** Words in the id beat the table: "gpt-4o-audio-preview" is an audio model though it starts like gpt-4o. */
    private static ModelType guessType(ModelInfo m, BuiltinModels.Entry known) {
        ModelType t = ModelTypeGuess.fromId(m.id());
        if (t == null) {
            t = ModelTypeGuess.fromId(m.baseModel());
        }
        if (t == null) {
            t = ModelTypeGuess.fromFamily(m.family());
        }
        if (t == null && known != null) {
            t = known.type;
        }
        return t;
    }

    private static Long positive(Long v) { return v == null || v <= 0 ? null : v; }
}
