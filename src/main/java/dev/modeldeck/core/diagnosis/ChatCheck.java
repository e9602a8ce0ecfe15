package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.chat.BodyFormat;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ChatOptions;
import dev.modeldeck.core.chat.ChatOutcome;
import dev.modeldeck.core.chat.ChatRequestBuilder;
import dev.modeldeck.core.chat.ChatRunner;
import dev.modeldeck.core.chat.ChatStreamListener;
import dev.modeldeck.core.chat.Usage;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.time.Clock;
import java.util.Collections;
import java.util.List;

/**
 * Step 7: a tiny streaming completion through the same resolver and runner as a real chat, so a
 * passing test means chat works; times the first token and checks that the reply really streamed.
 */
final class ChatCheck {
    static final String PROMPT = "Say OK";
    static final int MAX_TOKENS = 8;

    final Finding finding;
    final long ttftMs;
    /** True when the user's cancel (not the step's deadline) stopped it. */
    final boolean cancelled;

    private ChatCheck(Finding finding, long ttftMs, boolean cancelled) {
        this.finding = finding;
        this.ttftMs = ttftMs;
        this.cancelled = cancelled;
    }

    /** The JSON body the test sends. */
    static String body(String model) {
        ChatOptions o = new ChatOptions().stream(true).maxTokens(MAX_TOKENS);
        return ChatRequestBuilder.build(null, Collections.singletonList(new ChatMessage("user", PROMPT)), model, o);
    }

    static ChatCheck run(HttpTransport transport, final Clock clock, ProviderConfig p, String model,
                         Cancellation userCancel, PermissionProbe permissions, boolean permissionMissing,
                         List<String> secrets) {
        final Cancellation step = new Cancellation();
        Runnable forward = step::cancel;
        userCancel.onCancel(forward);
        final long timeout = EndpointResolver.headersTimeoutMs(p);
        final long deadline = clock.nowMillis() + timeout;
        final boolean[] overtime = {false};
        ChatOutcome out;
        try {
            HttpRequest request = EndpointResolver.chat(p, body(model), true, step);
            // The whole reply, not only its first byte, must come within the provider's timeout.
            ChatStreamListener watch = new ChatStreamListener() {
                private void check() {
                    if (clock.nowMillis() > deadline && !step.isCancelled()) {
                        overtime[0] = true;
                        step.cancel();
                    }
                }
                @Override public void onContent(String delta) { check(); }
                @Override public void onReasoning(String delta) { check(); }
                @Override public void onKeepAlive(String comment) { check(); }
            };
            out = new ChatRunner(transport, clock).run(request, secrets, watch);
        } catch (NetException e) {
            return new ChatCheck(Finding.failed("the chat request could not be built: " + Scrub.foreign(e.getMessage(), secrets),
                "Fix the provider's settings and test again."), -1, false);
        } finally {
            userCancel.removeListener(forward);
        }
        if (out.status() == ChatMessage.Status.STOPPED) {
            if (!overtime[0]) {
                return new ChatCheck(Finding.skipped("cancelled."), out.ttftMs(), true);
            }
            return new ChatCheck(Finding.failed("the reply did not finish within " + Texts.seconds(timeout)
                + " (first token after " + Texts.ms(out.ttftMs()) + ").",
                "The model may be slow or still loading: test again, or raise this provider's timeout."), out.ttftMs(), false);
        }
        if (out.status() == ChatMessage.Status.ERROR) {
            return new ChatCheck(failure(p, model, out.error(), permissions, permissionMissing, secrets), out.ttftMs(), false);
        }
        return new ChatCheck(success(model, out, secrets), out.ttftMs(), false);
    }

    private static Finding failure(ProviderConfig p, String model, NetException e, PermissionProbe permissions,
                                   boolean permissionMissing, List<String> secrets) {
        long timeout = EndpointResolver.headersTimeoutMs(p);
        switch (e.kind()) {
            case PERMISSION:
                if (e.status() == 403 && e.providerMessage() == null) {
                    return OriginAdvice.refused(p, "the chat POST", permissions.originRuleActive(p), permissionMissing);
                }
                break;
            case NETWORK:
                return OriginAdvice.postBlocked(p, permissionMissing);
            case TIMEOUT_HEADERS:
                return Finding.failed("no reply from “" + model + "” within " + Texts.seconds(timeout) + ".",
                    EndpointResolver.isLocal(p)
                        ? "The server may still be loading the model: wait and test again, or raise this provider's timeout."
                        : "Test again; if the model is just slow, raise this provider's timeout.");
            case TIMEOUT_IDLE:
                return Finding.failed("the reply stream went silent for more than "
                        + Texts.seconds(EndpointResolver.idleTimeoutMs(p)) + ".",
                    "Test again; if the model thinks long before answering, raise this provider's idle timeout.");
            default:
                break;
        }
        return ErrorAdvice.explain(p, e, model, secrets);
    }

    private static Finding success(String model, ChatOutcome out, List<String> secrets) {
        StringBuilder sb = new StringBuilder("“").append(model).append("” replied");
        String text = out.content() == null ? "" : out.content().trim();
        if (!text.isEmpty()) {
            sb.append(' ').append(Scrub.quote(text, secrets, 40));
        } else if (out.reasoning() != null && !out.reasoning().isEmpty()) {
            sb.append(" (still thinking when the ").append(MAX_TOKENS).append("-token test limit cut it off)");
        }
        sb.append(": first token after ").append(Texts.ms(out.ttftMs()))
          .append(", done in ").append(Texts.ms(out.totalMs()));
        boolean streamed = out.format() == BodyFormat.SSE || out.format() == BodyFormat.NDJSON;
        if (streamed) {
            sb.append(out.chunkCount() > 1 ? ", streamed in " + out.chunkCount() + " pieces"
                : ", the stream arrived in one piece");
        }
        Usage u = out.usage();
        if (u != null && (u.promptTokens != null || u.completionTokens != null)) {
            sb.append(", ").append(u.promptTokens == null ? "?" : String.valueOf(u.promptTokens)).append(" prompt + ")
              .append(u.completionTokens == null ? "?" : String.valueOf(u.completionTokens)).append(" reply tokens");
        }
        sb.append('.');
        if (!streamed) {
            return Finding.warning("the server doesn't stream; replies will appear at once. " + sb,
                "Nothing is broken. If this server can stream, a proxy in between may be buffering the answer.");
        }
        if (out.status() == ChatMessage.Status.INCOMPLETE) {
            return Finding.warning("the stream ended without its end marker, so replies may be cut off. " + sb,
                "If replies end abruptly, check the server or the proxy in front of it.");
        }
        if (text.isEmpty() && (out.reasoning() == null || out.reasoning().isEmpty())) {
            return Finding.warning(sb + " The reply was empty.", "Try another model; this one answered with no text.");
        }
        return Finding.ok(sb.toString());
    }
}
