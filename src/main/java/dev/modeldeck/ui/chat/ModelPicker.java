package dev.modeldeck.ui.chat;

import dev.modeldeck.core.discovery.CapabilityText;
import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.discovery.ModelIdDisplay;
import dev.modeldeck.core.discovery.ModelInfo;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.reply.ReplyTargets;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.ui.dom.El;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The `Model` picker: every enabled provider's chat models, grouped by provider (with its health),
 * each option naming model and provider; a small filter narrows long lists (OpenRouter has hundreds).
 */
final class ModelPicker {
    static final String SEPARATOR = "\u0001";

    interface Listener {
        void picked(String providerId, String modelId);
    }

    interface HealthSource {
        /** e.g. "healthy 100%" or null. */
        String badge(String providerId);
    }

    private final El select = El.tag("select").cls("model-picker");
    private final El filter = El.tag("input").attr("type", "search").cls("model-filter");
    private ModelCatalog catalog;
    private List<FallbackChain> chains = new ArrayList<>();
    private Function<String, String> providerNames = id -> id;
    private String selectedProvider;
    private String selectedModel;
    private HealthSource lastHealth;

    ModelPicker(Listener listener) {
        select.id("model-picker");
        filter.id("model-filter").attr("placeholder", I18n.t("chat_find_model")).label(I18n.t("chat_find_model")).title(I18n.t("chat_find_model_title"));
        select.on("change", () -> {
            String v = select.value();
            int sep = v.indexOf(SEPARATOR);
            if (sep > 0) {
                selectedProvider = v.substring(0, sep);
                selectedModel = v.substring(sep + 1);
                select.title(selectedModel);
                listener.picked(selectedProvider, selectedModel);
            }
        });
        filter.on("input", () -> render(null));
    }

    El label() { return El.tag("label").attr("for", "model-picker").cls("visually-hidden").text(I18n.t("chat_model_label")); }
    El select() { return select; }
    El filter() { return filter; }

    String providerId() { return selectedProvider; }
    String modelId() { return selectedModel; }

    void setCatalog(ModelCatalog catalog, HealthSource health) {
        this.catalog = catalog;
        render(health);
    }

    /** Fallback chains are offered like models: picking one sends through the chain with failover. */
    void setChains(List<FallbackChain> chains, Function<String, String> providerNames) {
        this.chains = chains;
        this.providerNames = providerNames;
    }

    void choose(String providerId, String modelId) {
        selectedProvider = providerId;
        selectedModel = modelId;
        select.value(providerId == null ? "" : providerId + SEPARATOR + modelId);
        select.title(modelId);
    }

    private void render(HealthSource health) {
        if (health != null) {
            lastHealth = health;
        }
        select.clear();
        if (catalog == null) {
            return;
        }
        List<CatalogModel> models = catalog.chatModels(filter.value());
        boolean selectedShown = false;
        String group = null;
        El optgroup = null;
        for (CatalogModel m : models) {
            if (!m.providerId().equals(group)) {
                group = m.providerId();
                String badge = lastHealth == null ? null : lastHealth.badge(group);
                optgroup = El.tag("optgroup").attr("label", badge == null ? m.providerName() : I18n.t("chat_provider_with_health", m.providerName(), badge));
                select.add(optgroup);
            }
            String value = m.providerId() + SEPARATOR + m.id();
            El option = El.tag("option").attr("value", value).text(optionText(m));
            if (ModelIdDisplay.isShortened(m.id())) {
                option.title(m.id());
            }
            if (m.providerId().equals(selectedProvider) && m.id().equals(selectedModel)) {
                option.attr("selected", "");
                selectedShown = true;
            }
            optgroup.add(option);
        }
        String q = filter.value().trim().toLowerCase();
        El chainGroup = null;
        for (FallbackChain chain : chains) {
            String text = chainText(chain);
            if (!q.isEmpty() && !text.toLowerCase().contains(q)) {
                continue;
            }
            if (chainGroup == null) {
                chainGroup = El.tag("optgroup").attr("label", I18n.t("chat_fallback_chains"));
                select.add(chainGroup);
            }
            El option = El.tag("option").attr("value", ReplyTargets.CHAIN_PROVIDER + SEPARATOR + chain.name).text(text);
            if (ReplyTargets.CHAIN_PROVIDER.equals(selectedProvider) && chain.name.equals(selectedModel)) {
                option.attr("selected", "");
                selectedShown = true;
            }
            chainGroup.add(option);
        }
        if (!selectedShown && selectedModel != null) {
            // Keep the conversation's model visible even if it is filtered out or no longer listed.
            El option = El.tag("option").attr("value", selectedProvider + SEPARATOR + selectedModel)
                .attr("selected", "").text(I18n.t("chat_model_not_listed", ModelIdDisplay.shorten(selectedModel)));
            select.add(option);
        }
        if (models.isEmpty() && selectedModel == null) {
            select.add(El.tag("option").attr("value", "").text(filter.value().isEmpty() ? I18n.t("chat_no_models_yet") : I18n.t("chat_no_model_matches")));
        }
    }

    private String chainText(FallbackChain chain) {
        List<String> steps = new ArrayList<>();
        for (FallbackStep step : chain.steps) {
            steps.add(I18n.t("chat_chain_step", ModelIdDisplay.shorten(step.modelId()), providerNames.apply(step.providerId())));
        }
        return I18n.t("chat_chain_option", chain.name, String.join(" → ", steps));
    }

    static String optionText(CatalogModel m) {
        ModelInfo info = m.info();
        StringBuilder sb = new StringBuilder();
        if (m.favorite()) {
            sb.append("★ ");
        }
        sb.append(ModelIdDisplay.shorten(m.id()));
        if (m.alias() != null) {
            sb.append(" (").append(m.alias()).append(')');
        }
        sb.append(" — ").append(m.providerName());
        if (info.contextLength().isKnown()) {
            sb.append(" · ").append(CapabilityText.tokens(info.contextLength().value()));
        }
        if (Boolean.TRUE.equals(info.vision().value())) {
            sb.append(" · ").append(I18n.t("chat_cap_vision"));
        }
        if (Boolean.TRUE.equals(info.tools().value())) {
            sb.append(" · ").append(I18n.t("chat_cap_tools"));
        }
        if (Boolean.TRUE.equals(info.reasoning().value())) {
            sb.append(" · ").append(I18n.t("chat_cap_reasoning"));
        }
        return sb.toString();
    }
}
