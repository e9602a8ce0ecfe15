package dev.modeldeck.ui.options;

import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import java.util.ArrayList;
import java.util.List;


/**
 * Fallback chains: ordered (provider, model) pairs. Chat offers each chain like a model; a request
 * that fails before its first token, or whose provider's breaker is open, moves to the next entry.
 */
final class FallbackChainsPanel {
    private final AppContext ctx;
    private final ModelsPanel.SettingsEditor editor;
    private final El root = El.tag("section").cls("panel chains-panel").label("Fallback chains");
    private final El chainsBox = El.div("chains");
    private final El newName = El.tag("input").attr("type", "text").attr("autocomplete", "off");

    FallbackChainsPanel(AppContext ctx, ModelsPanel.SettingsEditor editor) {
        this.ctx = ctx;
        this.editor = editor;
        El add = El.button("Add chain");
        add.onClickAsync(this::addChain);
        newName.attr("placeholder", "e.g. Always answer");
        root.add(El.heading(2, "Fallback chains"),
            El.div("hint").text("Pick a chain in the chat's Model list. If a provider fails before its first token "
                + "(down, rate limited, paused after repeated failures), the next entry answers, and the reply says who answered and why others were skipped."),
            chainsBox,
            El.div("form-grid").add(El.field("f-chain-name", "Chain name", newName)),
            El.div("form-actions").add(add));
    }

    El element() { return root; }

    void render() {
        chainsBox.clear();
        Settings s = editor.settings();
        if (s.fallbackChains.isEmpty()) {
            chainsBox.add(El.div("muted").text("No chains yet."));
        }
        for (FallbackChain chain : s.fallbackChains) {
            chainsBox.add(chainView(chain, s));
        }
    }

    private El chainView(FallbackChain chain, Settings s) {
        El box = El.div("chain panel");
        El steps = El.tag("ol").label("Steps of " + chain.name);
        for (int i = 0; i < chain.steps.size(); i++) {
            FallbackStep step = chain.steps.get(i);
            ProviderConfig p = s.provider(step.providerId());
            int index = i;
            El remove = El.button("Remove").label("Remove step " + (i + 1) + " of " + chain.name);
            remove.onClickAsync(() -> edit(chain.name, c -> {
                if (index < c.steps.size()) {
                    c.steps.remove(index);
                }
            }, "Removed a step."));
            El up = El.button("↑").label("Move step " + (i + 1) + " of " + chain.name + " up").disabled(i == 0);
            up.onClickAsync(() -> edit(chain.name, c -> swap(c.steps, index, index - 1), "Moved."));
            steps.add(El.tag("li").add(El.span("", step.modelId() + " on " + (p == null ? "a deleted provider" : p.name)),
                El.span("row", null).add(up, remove)));
        }
        El providerSelect = El.tag("select").label("Provider for a new step of " + chain.name);
        for (ProviderConfig p : s.providers) {
            providerSelect.add(El.tag("option").attr("value", p.id).text(p.name));
        }
        El modelSelect = El.tag("select").label("Model for a new step of " + chain.name);
        Runnable fillModels = () -> fillModels(providerSelect.value(), modelSelect);
        providerSelect.on("change", fillModels);
        fillModels.run();
        El addStep = El.button("Add step").label("Add step to " + chain.name);
        addStep.onClickAsync(() -> {
            String providerId = providerSelect.value();
            String modelId = modelSelect.value();
            if (providerId.isEmpty() || modelId.isEmpty()) {
                Alerts.error("Choose a provider and one of its models for the step.");
                return;
            }
            edit(chain.name, c -> c.steps.add(new FallbackStep(providerId, modelId)), "Added " + modelId + " to " + chain.name + ".");
        });
        El delete = El.button("Delete chain").cls("danger").label("Delete chain " + chain.name);
        delete.onClickAsync(() -> editor.change(st -> {
            st.fallbackChains.removeIf(c -> c.name.equals(chain.name));
            return st;
        }, "Deleted chain " + chain.name + ".") );
        return box.add(El.heading(3, chain.name), steps, El.div("row").add(providerSelect, modelSelect, addStep), El.div("form-actions").add(delete));
    }

    private void fillModels(String providerId, El modelSelect) {
        modelSelect.clear();
        ProviderConfig p = editor.settings().provider(providerId);
        if (p == null) {
            return;
        }
        ModelCatalog catalog = ModelCatalog.of(p, ctx.discovery.modelsNow(p, null).models());
        for (CatalogModel m : catalog.chatModels()) {
            modelSelect.add(El.tag("option").attr("value", m.id()).text(m.id()));
        }
        if (catalog.chatModels().isEmpty()) {
            modelSelect.add(El.tag("option").attr("value", "").text("No models known yet — open the provider to load them"));
        }
    }

    private static void swap(List<FallbackStep> steps, int a, int b) {
        if (a >= 0 && b >= 0 && a < steps.size() && b < steps.size()) {
            FallbackStep t = steps.get(a);
            steps.set(a, steps.get(b));
            steps.set(b, t);
        }
    }

    private interface ChainEdit {
        void apply(FallbackChain chain);
    }

    private void edit(String chainName, ChainEdit edit, String announcement) {
        editor.change(s -> {
            FallbackChain c = s.chain(chainName);
            if (c != null) {
                edit.apply(c);
            }
            return s;
        }, announcement);
        render();
    }

    private void addChain() {
        String name = newName.value().trim();
        if (name.isEmpty()) {
            Alerts.error("Give the chain a name first.");
            newName.focus();
            return;
        }
        if (editor.settings().chain(name) != null) {
            Alerts.error("A chain named “" + name + "” already exists.");
            newName.focus();
            return;
        }
        boolean ok = editor.change(s -> {
            s.fallbackChains.add(new FallbackChain(name, new ArrayList<>()));
            return s;
        }, "Added chain " + name + ". Add its steps in order.");
        if (ok) {
            newName.value("");
            render();
        }
    }

}
