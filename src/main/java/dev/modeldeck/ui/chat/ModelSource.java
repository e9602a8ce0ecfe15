package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.Frames;
import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.discovery.ModelsResult;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.shared.AppContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The models the picker offers: each enabled provider's list (discovered in the background), merged
 * into one catalog with health badges, and which model to preselect when none is chosen yet.
 */
final class ModelSource {
    private static final String LAST_MODEL_KEY = "modeldeck.chat.lastModel";

    private final AppContext ctx;
    private final ModelPicker picker;
    private final Supplier<Settings> settings;
    private final Consumer<String> problem;
    private final Runnable rebuilt;
    private final Map<String, ModelsResult> discovered = new HashMap<>();
    private ModelCatalog catalog;
    private boolean rebuildQueued;

    /**
     * @param problem shows a provider whose list failed
     * @param rebuilt runs after each rebuild of the catalog
     */
    ModelSource(AppContext ctx, ModelPicker picker, Supplier<Settings> settings, Consumer<String> problem, Runnable rebuilt) {
        this.ctx = ctx;
        this.picker = picker;
        this.settings = settings;
        this.problem = problem;
        this.rebuilt = rebuilt;
    }

    /** The catalog as last built; null before the first build. */
    ModelCatalog catalog() { return catalog; }

    /** Asks every enabled provider for its models; each answer (and each later refresh) rebuilds the catalog. */
    void load() {
        for (ProviderConfig p : settings.get().providers) {
            if (!p.enabled) {
                continue;
            }
            Async.run(() -> {
                ModelsResult r = ctx.discovery.modelsNow(p, refreshed -> {
                    discovered.put(p.id, refreshed);
                    requestRebuild();
                });
                discovered.put(p.id, r);
                requestRebuild();
                if (r.status() == ModelsResult.Status.FAILED && r.list() == null) {
                    problem.accept(I18n.t("chat_provider_models_failed", p.name, r.summary(ctx.clock.nowMillis())));
                }
            });
        }
    }

    /** Many providers answer at once on open: rebuild the picker once per frame, not once per provider. */
    private void requestRebuild() {
        if (rebuildQueued) {
            return;
        }
        rebuildQueued = true;
        Frames.next(() -> {
            rebuildQueued = false;
            rebuild();
        });
    }

    void rebuild() {
        Settings s = settings.get();
        ModelCatalog.Builder b = new ModelCatalog.Builder();
        for (ProviderConfig p : s.providers) {
            if (p.enabled) {
                ModelsResult r = discovered.get(p.id);
                b.add(p, r == null ? new ArrayList<>() : r.models());
            }
        }
        catalog = b.build();
        picker.setChains(s.fallbackChains, id -> {
            ProviderConfig p = s.provider(id);
            return p == null ? id : p.name;
        });
        // One badge per provider, not per model: each reads the provider's shared health from storage.
        Map<String, String> badges = new HashMap<>();
        picker.setCatalog(catalog, id -> {
            if (!badges.containsKey(id)) {
                ProviderConfig p = s.provider(id);
                badges.put(id, p == null ? null : ctx.network.healthBadge(p));
            }
            return badges.get(id);
        });
        if (picker.modelId() == null) {
            chooseDefault(s);
        }
        rebuilt.run();
    }

    /** The model last picked on this browser, else the settings' default, else the first chat model. */
    private void chooseDefault(Settings s) {
        String[] last = lastModel();
        if (last != null && catalog.find(last[0], last[1]) != null) {
            picker.choose(last[0], last[1]);
        } else if (s.defaultProviderId != null && s.defaultModelId != null) {
            picker.choose(s.defaultProviderId, s.defaultModelId);
        } else {
            List<CatalogModel> chat = catalog.chatModels();
            if (!chat.isEmpty()) {
                picker.choose(chat.get(0).providerId(), chat.get(0).id());
            }
        }
    }

    private String[] lastModel() {
        String v = ctx.store.get(LAST_MODEL_KEY);
        int sep = v == null ? -1 : v.indexOf(ModelPicker.SEPARATOR);
        return sep > 0 ? new String[] {v.substring(0, sep), v.substring(sep + 1)} : null;
    }

    /** Remembers the picked model for the next page opened. */
    void remember(String providerId, String modelId) {
        try {
            ctx.store.put(LAST_MODEL_KEY, providerId + ModelPicker.SEPARATOR + modelId);
        } catch (StoreException ignored) {
            // Remembering the last model is a convenience only.
        }
    }
}
