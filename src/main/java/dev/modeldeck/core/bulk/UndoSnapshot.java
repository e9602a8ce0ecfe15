package dev.modeldeck.core.bulk;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk action replaced: the whole providers list (with keys), the default provider and model,
 * and the fallback chains, exactly as they were. Held in memory only, for the "Undo" right after the action.
 */
public final class UndoSnapshot {
    private final List<ProviderConfig> providers;
    private final String defaultProviderId;
    private final String defaultModelId;
    private final List<FallbackChain> chains;
    private String after;

    UndoSnapshot(Settings before) {
        providers = new ArrayList<>();
        for (ProviderConfig p : before.providers) {
            providers.add(p.copy());
        }
        defaultProviderId = before.defaultProviderId;
        defaultModelId = before.defaultModelId;
        chains = copyChains(before.fallbackChains);
    }

    /** Records the state the action produced, so {@link #canUndo} can tell whether anything changed since. */
    UndoSnapshot after(Settings s) {
        after = state(s);
        return this;
    }

    /** True while {@code current} is still exactly what the action produced (undo would lose nothing else). */
    public boolean canUndo(Settings current) { return after != null && after.equals(state(current)); }

    /** Number of providers in the snapshot. */
    public int providerCount() { return providers.size(); }

    /** New settings with the snapshot's providers, defaults and chains restored; everything else from {@code current}. */
    public Settings restore(Settings current) {
        Settings next = current.copy();
        next.providers = new ArrayList<>();
        for (ProviderConfig p : providers) {
            next.providers.add(p.copy());
        }
        next.defaultProviderId = defaultProviderId;
        next.defaultModelId = defaultModelId;
        next.fallbackChains = copyChains(chains);
        return next;
    }

    private static List<FallbackChain> copyChains(List<FallbackChain> chains) {
        List<FallbackChain> out = new ArrayList<>();
        for (FallbackChain c : chains) {
            out.add(FallbackChain.fromJson(c.toJson()));
        }
        return out;
    }

    private static String state(Settings s) {
        JsonArray arr = Json.array();
        for (ProviderConfig p : s.providers) {
            arr.add(p.toJson(true));
        }
        JsonArray chains = Json.array();
        for (FallbackChain c : s.fallbackChains) {
            chains.add(c.toJson());
        }
        return JsonWriter.write(Json.object().put("p", arr).put("c", chains)
            .put("dp", s.defaultProviderId).put("dm", s.defaultModelId));
    }
}
