package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ChatOptions;
import dev.modeldeck.core.chat.ChatOutcome;
import dev.modeldeck.core.chat.ChatRequestBuilder;
import dev.modeldeck.core.chat.ChatRunner;
import dev.modeldeck.core.chat.ChatStreamListener;
import dev.modeldeck.core.chat.ContextFitter;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.FailoverEntry;
import dev.modeldeck.core.net.FailoverPlanner;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.time.Clock;
import java.util.function.Function;

/**
 * Streams a planned reply from the first target that answers. A target that fails before its first
 * token (or whose breaker is open, whose key is locked away, or whose window is too small) hands
 * over to the next; after the first token there is no failover, so a reply never mixes two models.
 * Blocking; in the browser call it from a green thread.
 */
public final class ReplyRouter {
    /** Batches are stored at least this often, so a crash loses at most half a second of a reply. */
    static final long SAVE_EVERY_MS = 500;

    private final ReplyNetwork network;
    private final Clock clock;
    private final Function<String, Json> jsonReader;

    /** @param jsonReader reads stream chunks (native JSON.parse in the browser); null for core's parser */
    public ReplyRouter(ReplyNetwork network, Clock clock, Function<String, Json> jsonReader) {
        this.network = network;
        this.clock = clock;
        this.jsonReader = jsonReader;
    }

    /** Fills {@code plan.reply()}: its text, final status and cause, usage, who answered and who was skipped. */
    public void run(ReplyPlan plan, Cancellation cancel, ReplyListener listener) {
        ReplyTargets targets = plan.targets();
        ChatMessage reply = plan.reply();
        FailoverPlanner planner = new FailoverPlanner(plan.entries(), id -> {
            ProviderConfig p = targets.provider(id);
            return p == null ? null : network.breaker(p);
        }).names(targets::providerName);
        ChatOutcome outcome = null;
        NetException lastError = null;
        FailoverEntry entry;
        ContextFitter.Fit sent = null;
        while ((entry = planner.next()) != null) {
            targets.describe(reply, entry);
            ProviderConfig stored = targets.provider(entry.providerId());
            // Asked before the key is read: a lock made anywhere up to now refuses this request.
            if (ProviderSecrets.needsVault(stored) && network.keysLocked()) {
                lastError = lockedError();
                listener.onKeysLocked();
                if (planner.onFailure(lastError, false)) {
                    continue;
                }
                break;
            }
            ProviderConfig provider = network.withKey(stored);
            ContextFitter.Fit fit = targets.fit(plan.conversation(), entry);
            if (!fit.fits()) {
                lastError = new NetException(NetException.Kind.CONTEXT_LENGTH, I18n.t("chat_conversation_too_long", entry.modelId()));
                // Too long for this model is a reason to try the next one in the chain, not to give up.
                planner.onFailure(new NetException(NetException.Kind.SERVER, I18n.t("chat_skip_context_too_small")), false);
                continue;
            }
            sent = fit;
            try {
                outcome = ask(plan, entry, provider, fit, cancel, listener);
            } catch (NetException e) {
                lastError = e;
                outcome = null;
                if (planner.onFailure(e, false)) {
                    continue;
                }
                break;
            }
            boolean gotTokens = outcome.ttftMs() >= 0 || !outcome.content().isEmpty() || !outcome.reasoning().isEmpty();
            if (outcome.status() == ChatMessage.Status.ERROR && outcome.error() != null && !cancel.isCancelled()
                    && planner.onFailure(outcome.error(), gotTokens)) {
                lastError = outcome.error();
                outcome = null;
                continue;
            }
            break;
        }
        if (outcome != null) {
            outcome.applyTo(reply);
        } else {
            reply.status = cancel.isCancelled() ? ChatMessage.Status.STOPPED : ChatMessage.Status.ERROR;
            // Nothing was even tried (breakers open): the planner's notes say why.
            reply.error = lastError != null ? lastError.getMessage()
                : planner.notes().isEmpty() ? I18n.t("chat_not_sent_no_provider") : I18n.t("chat_not_sent", ReplyNotes.route(planner.notes()));
        }
        reply.routeNote = ReplyNotes.reply(planner.notes(), sent);
    }

    /** One request to one target; throws when the request cannot even be built. */
    private ChatOutcome ask(ReplyPlan plan, FailoverEntry entry, ProviderConfig provider, ContextFitter.Fit fit,
                            Cancellation cancel, ReplyListener listener) throws NetException {
        ChatOptions options = new ChatOptions().stream(true).includeUsage(true)
            .temperature(provider.temperature).maxTokens(ReplyTargets.maxTokens(provider));
        String body = ChatRequestBuilder.build(plan.conversation().systemPrompt, fit.messages(), plan.targets().requestModel(entry), options);
        HttpRequest request = EndpointResolver.chat(provider, body, true, cancel);
        return new ChatRunner(network.transport(provider), clock).jsonReader(jsonReader)
            .run(request, EndpointResolver.secrets(provider), new Streamer(plan.reply(), listener));
    }

    /** The error of a target that needs a key while the vault is locked. */
    static NetException lockedError() {
        return new NetException(NetException.Kind.LOCKED, I18n.t("ui_unlock_to_continue"));
    }

    /** Per-token work: hand the delta to the page, and copy the text into the reply at most twice a second. */
    private final class Streamer implements ChatStreamListener {
        private final ChatMessage reply;
        private final ReplyListener listener;
        private final StringBuilder content = new StringBuilder();
        private final StringBuilder reasoning = new StringBuilder();
        private long lastSave = clock.nowMillis();

        Streamer(ChatMessage reply, ReplyListener listener) {
            this.reply = reply;
            this.listener = listener;
        }

        @Override public void onContent(String delta) {
            content.append(delta);
            listener.onContent(delta);
            afterToken();
        }

        @Override public void onReasoning(String delta) {
            reasoning.append(delta);
            listener.onReasoning(delta);
            afterToken();
        }

        private void afterToken() {
            long now = clock.nowMillis();
            if (now - lastSave >= SAVE_EVERY_MS) {
                lastSave = now;
                reply.content = content.toString();
                reply.reasoning = reasoning.toString();
                listener.onCheckpoint();
            }
        }
    }
}
