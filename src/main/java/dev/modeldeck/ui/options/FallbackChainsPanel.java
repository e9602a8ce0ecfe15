package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.edit.SettingsEditor;
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
    private final SettingsEditor editor;
    private final El root = El.tag("section").cls("panel chains-panel");
    private final El chainsBox = El.div("chains");
    private final El newName = El.tag("input").attr("type", "text").attr("autocomplete", "off");

    FallbackChainsPanel(AppContext ctx, SettingsEditor editor) {
        this.ctx = ctx;
        this.editor = editor;
        root.label(I18n.t("opt_chains_title"));
        El add = El.button(I18n.t("opt_chains_add"));
        add.onClickAsync(this::addChain);
        newName.attr("placeholder", I18n.t("opt_chains_name_placeholder"));
        root.add(El.heading(2, I18n.t("opt_chains_title")),
            El.div("hint").text(I18n.t("opt_chains_hint")),
            chainsBox,
            El.div("form-grid").add(El.field("f-chain-name", I18n.t("opt_chains_name"), newName)),
            El.div("form-actions").add(add));
    }

    El element() { return root; }

    void render() {
        chainsBox.clear();
        Settings s = editor.settings();
        if (s.fallbackChains.isEmpty()) {
            chainsBox.add(El.div("muted").text(I18n.t("opt_chains_none")));
        }
        for (FallbackChain chain : s.fallbackChains) {
            chainsBox.add(chainView(chain, s));
        }
    }

    private El chainView(FallbackChain chain, Settings s) {
        El box = El.div("chain panel");
        El steps = El.tag("ol").label(I18n.t("opt_chains_steps_of", chain.name));
        for (int i = 0; i < chain.steps.size(); i++) {
            FallbackStep step = chain.steps.get(i);
            ProviderConfig p = s.provider(step.providerId());
            int index = i;
            String number = I18n.format().integer(i + 1);
            El remove = El.button(I18n.t("opt_chains_remove")).label(I18n.t("opt_chains_remove_step", number, chain.name));
            remove.onClickAsync(() -> edit(chain.name, c -> {
                if (index < c.steps.size()) {
                    c.steps.remove(index);
                }
            }, I18n.t("opt_chains_step_removed")));
            El up = El.button("↑").label(I18n.t("opt_chains_move_up", number, chain.name)).disabled(i == 0);
            up.onClickAsync(() -> edit(chain.name, c -> swap(c.steps, index, index - 1), I18n.t("opt_chains_moved")));
            steps.add(El.tag("li").add(El.span("", p == null ? I18n.t("opt_chains_step_deleted_provider", step.modelId())
                    : I18n.t("opt_chains_step", step.modelId(), p.name)),
                El.span("row", null).add(up, remove)));
        }
        El providerSelect = El.tag("select").label(I18n.t("opt_chains_new_step_provider", chain.name));
        for (ProviderConfig p : s.providers) {
            providerSelect.add(El.tag("option").attr("value", p.id).text(p.name));
        }
        El modelSelect = El.tag("select").label(I18n.t("opt_chains_new_step_model", chain.name));
        Runnable fillModels = () -> fillModels(providerSelect.value(), modelSelect);
        providerSelect.on("change", fillModels);
        fillModels.run();
        El addStep = El.button(I18n.t("opt_chains_add_step")).label(I18n.t("opt_chains_add_step_to", chain.name));
        addStep.onClickAsync(() -> {
            String providerId = providerSelect.value();
            String modelId = modelSelect.value();
            if (providerId.isEmpty() || modelId.isEmpty()) {
                Alerts.error(I18n.t("opt_chains_choose_step"));
                return;
            }
            edit(chain.name, c -> c.steps.add(new FallbackStep(providerId, modelId)), I18n.t("opt_chains_step_added", modelId, chain.name));
        });
        El delete = El.button(I18n.t("opt_chains_delete")).cls("danger").label(I18n.t("opt_chains_delete_named", chain.name));
        delete.onClickAsync(() -> editor.change(st -> {
            st.fallbackChains.removeIf(c -> c.name.equals(chain.name));
            return st;
        }, I18n.t("opt_chains_deleted", chain.name)));
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
            modelSelect.add(El.tag("option").attr("value", "").text(I18n.t("opt_chains_no_models")));
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
            Alerts.error(I18n.t("opt_chains_name_missing"));
            newName.focus();
            return;
        }
        if (editor.settings().chain(name) != null) {
            Alerts.error(I18n.t("opt_chains_name_taken", name));
            newName.focus();
            return;
        }
        boolean ok = editor.change(s -> {
            s.fallbackChains.add(new FallbackChain(name, new ArrayList<>()));
            return s;
        }, I18n.t("opt_chains_added", name));
        if (ok) {
            newName.value("");
            render();
        }
    }

}
