package dev.modeldeck.core.discovery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed /models answer: the models in the provider's order (provider facts only; built-in and user
 * knowledge are added later by {@link CapabilityResolver}) and notes on anything odd about the answer.
 */
public final class ModelList {
    private final List<ModelInfo> models;
    private final List<String> notes;
    private final int skippedWithoutId;
    private final int duplicatesMerged;

    public ModelList(List<ModelInfo> models, List<String> notes, int skippedWithoutId, int duplicatesMerged) {
        this.models = Collections.unmodifiableList(new ArrayList<>(models));
        this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
        this.skippedWithoutId = skippedWithoutId;
        this.duplicatesMerged = duplicatesMerged;
    }

    public List<ModelInfo> models() { return models; }
    /** Short sentences for people about what was odd (skipped entries, merged duplicates, cleaned ids). */
    public List<String> notes() { return notes; }
    public int skippedWithoutId() { return skippedWithoutId; }
    public int duplicatesMerged() { return duplicatesMerged; }

    /** The provider answered properly but listed no usable model: shown as such, never as a silent blank. */
    public boolean providerReturnedNone() { return models.isEmpty(); }

    public ModelInfo find(String id) {
        for (ModelInfo m : models) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
