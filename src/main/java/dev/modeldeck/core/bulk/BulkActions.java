package dev.modeldeck.core.bulk;

import dev.modeldeck.core.provider.ModelPref;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.core.store.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Actions on many providers or models at once. Pure: each returns new settings plus an undo snapshot
 * and leaves its input untouched, so the caller saves once and can offer "Undo". Unknown ids are ignored.
 */
public final class BulkActions {
    private BulkActions() { }

    public static BulkResult enable(Settings s, Collection<String> ids) { return setEnabled(s, ids, true); }
    public static BulkResult disable(Settings s, Collection<String> ids) { return setEnabled(s, ids, false); }

    public static BulkResult setEnabled(Settings s, Collection<String> ids, boolean enabled) {
        Settings next = s.copy();
        int changed = 0;
        for (ProviderConfig p : next.providers) {
            if (ids.contains(p.id) && p.enabled != enabled) {
                p.enabled = enabled;
                changed++;
            }
        }
        return result(s, next, changed);
    }

    /**
     * Removes the providers, clears the default provider and model when the default is removed, and drops
     * their steps from fallback chains (chains themselves stay, possibly empty). Undo restores all of it.
     */
    public static BulkResult delete(Settings s, Collection<String> ids) {
        Settings next = s.copy();
        int before = next.providers.size();
        for (Iterator<ProviderConfig> it = next.providers.iterator(); it.hasNext();) {
            if (ids.contains(it.next().id)) {
                it.remove();
            }
        }
        int removed = before - next.providers.size();
        if (next.defaultProviderId != null && ids.contains(next.defaultProviderId)) {
            next.defaultProviderId = null;
            next.defaultModelId = null;
        }
        for (FallbackChain c : next.fallbackChains) {
            for (Iterator<FallbackStep> it = c.steps.iterator(); it.hasNext();) {
                if (ids.contains(it.next().providerId())) {
                    it.remove();
                }
            }
        }
        return result(s, next, removed);
    }

    /**
     * Puts the listed providers first, in the given order (e.g. after drag and drop); providers not listed
     * keep their relative order after them. Unknown and repeated ids are ignored.
     */
    public static BulkResult reorder(Settings s, List<String> orderedIds) {
        Settings next = s.copy();
        List<ProviderConfig> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String id : orderedIds) {
            ProviderConfig p = next.provider(id);
            if (p != null && placed.add(id)) {
                ordered.add(p);
            }
        }
        for (ProviderConfig p : next.providers) {
            if (!placed.contains(p.id)) {
                ordered.add(p);
            }
        }
        int moved = 0;
        for (int i = 0; i < ordered.size(); i++) {
            moved += ordered.get(i).id.equals(next.providers.get(i).id) ? 0 : 1;
        }
        next.providers = ordered;
        return result(s, next, moved);
    }

    public static BulkResult hideModels(Settings s, String providerId, Collection<String> modelIds) {
        return setModelFlag(s, providerId, modelIds, true, true);
    }

    public static BulkResult showModels(Settings s, String providerId, Collection<String> modelIds) {
        return setModelFlag(s, providerId, modelIds, true, false);
    }

    public static BulkResult favoriteModels(Settings s, String providerId, Collection<String> modelIds) {
        return setModelFlag(s, providerId, modelIds, false, true);
    }

    public static BulkResult unfavoriteModels(Settings s, String providerId, Collection<String> modelIds) {
        return setModelFlag(s, providerId, modelIds, false, false);
    }

    /** Hides every model flagged as not for chat (embeddings, audio, images…); chat models are left as they are. */
    public static BulkResult hideNonChatModels(Settings s, String providerId, List<ModelChatFlag> models) {
        List<String> ids = new ArrayList<>();
        for (ModelChatFlag m : models) {
            if (!m.chat()) {
                ids.add(m.modelId());
            }
        }
        return hideModels(s, providerId, ids);
    }

    /** Settings from before the action (same as {@code undo.restore(current)}). */
    public static Settings undo(Settings current, UndoSnapshot undo) { return undo.restore(current); }

    private static BulkResult setModelFlag(Settings s, String providerId, Collection<String> modelIds,
                                           boolean hiddenFlag, boolean on) {
        Settings next = s.copy();
        ProviderConfig p = next.provider(providerId);
        int changed = 0;
        if (p != null) {
            for (String id : new LinkedHashSet<>(modelIds)) {
                ModelPref pref = p.pref(id);
                boolean current = hiddenFlag ? pref.hidden : pref.favorite;
                if (current == on) {
                    continue;
                }
                if (hiddenFlag) {
                    pref.hidden = on;
                } else {
                    pref.favorite = on;
                }
                changed++;
                if (pref.isDefault()) {
                    p.modelPrefs.remove(id); // nothing left to remember about this model
                } else {
                    p.modelPrefs.put(id, pref);
                }
            }
        }
        return result(s, next, changed);
    }

    private static BulkResult result(Settings before, Settings next, int changed) {
        return new BulkResult(next, changed, new UndoSnapshot(before).after(next));
    }
}
