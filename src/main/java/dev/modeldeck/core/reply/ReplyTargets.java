package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.discovery.CatalogModel;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.net.FailoverEntry;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.core.store.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a reply can be asked of: the picked model, or each step of a picked fallback chain, and how
 * each of them sees the conversation (its context window, the id it expects, its provider's name).
 */
public final class ReplyTargets {
    /** The picker's provider id for a fallback chain; its model id is then the chain's name. */
    public static final String CHAIN_PROVIDER = "@chain";

    private final Settings settings;
    private final ModelCatalog catalog;

    /** @param catalog the models known now; may be null before the first list arrives */
    public ReplyTargets(Settings settings, ModelCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /** The picked model, or each entry of the picked chain in order; providers that are gone or disabled are left out. */
    public List<FailoverEntry> forPick(String providerId, String modelId) {
        List<FailoverEntry> out = new ArrayList<>();
        if (CHAIN_PROVIDER.equals(providerId)) {
            FallbackChain chain = settings.chain(modelId);
            if (chain != null) {
                for (FallbackStep step : chain.steps) {
                    if (usable(settings.provider(step.providerId()))) {
                        out.add(new FailoverEntry(step.providerId(), step.modelId()));
                    }
                }
            }
            return out;
        }
        ProviderConfig p = settings.provider(providerId);
        if (usable(p)) {
            out.add(new FailoverEntry(p.id, modelId));
        }
        return out;
    }

    private static boolean usable(ProviderConfig p) {
        return p != null && p.enabled;
    }

    /** How the conversation fits the first target of the pick (the line above the log), or null when there is none. */
    public ContextFitter.Fit firstFit(Conversation c, String providerId, String modelId) {
        List<FailoverEntry> entries = forPick(providerId, modelId);
        return entries.isEmpty() ? null : fit(c, entries.get(0));
    }

    /** The conversation as it would be sent to {@code target}: older turns left out to fit its window. */
    public ContextFitter.Fit fit(Conversation c, FailoverEntry target) {
        CatalogModel model = model(target);
        Long contextLength = model == null ? null : model.info().contextLength().value();
        return ContextFitter.fit(c, contextLength, maxTokens(provider(target.providerId())));
    }

    /** The id to send: exactly what the provider listed, which may differ from the id shown. */
    public String requestModel(FailoverEntry target) {
        CatalogModel model = model(target);
        return model == null ? target.modelId() : model.info().requestId();
    }

    private CatalogModel model(FailoverEntry target) {
        return catalog == null ? null : catalog.find(target.providerId(), target.modelId());
    }

    /** The provider's max_tokens setting, or null. */
    static Integer maxTokens(ProviderConfig p) {
        return p == null || p.maxTokens == null ? null : (int) (long) p.maxTokens;
    }

    public ProviderConfig provider(String providerId) {
        return settings.provider(providerId);
    }

    /** The name people know a provider by; its id when it is gone. */
    public String providerName(String providerId) {
        ProviderConfig p = provider(providerId);
        return p == null ? providerId : p.name;
    }

    /** Labels the reply with the target now being asked. */
    void describe(ChatMessage reply, FailoverEntry target) {
        reply.providerId = target.providerId();
        reply.providerName = providerName(target.providerId());
        reply.modelId = target.modelId();
    }
}
