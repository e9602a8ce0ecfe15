package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.chat.BodyFormat;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ChatOptions;
import dev.modeldeck.core.chat.ChatOutcome;
import dev.modeldeck.core.chat.ChatRequestBuilder;
import dev.modeldeck.core.chat.ChatRunner;
import dev.modeldeck.core.chat.ChatStreamListener;
import dev.modeldeck.core.chat.Usage;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
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
            return new ChatCheck(Finding.failed(I18n.t("diag_chat_not_built", Scrub.foreign(e.getMessage(), secrets)),
                I18n.t("diag_fix_settings_test_again")), -1, false);
        } finally {
            userCancel.removeListener(forward);
        }
        if (out.status() == ChatMessage.Status.STOPPED) {
            if (!overtime[0]) {
                return new ChatCheck(Finding.skipped(I18n.t("diag_cancelled")), out.ttftMs(), true);
            }
            return new ChatCheck(Finding.failed(I18n.t("diag_chat_overtime", Texts.seconds(timeout), Texts.ms(out.ttftMs())),
                I18n.t("diag_chat_overtime_fix")), out.ttftMs(), false);
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
                    return OriginAdvice.refused(p, OriginAdvice.Request.CHAT_POST, permissions.originRuleActive(p),
                        permissionMissing);
                }
                break;
            case NETWORK:
                return OriginAdvice.postBlocked(p, permissionMissing);
            case TIMEOUT_HEADERS:
                return Finding.failed(I18n.t("diag_chat_no_reply", model, Texts.seconds(timeout)),
                    EndpointResolver.isLocal(p) ? I18n.t("diag_chat_no_reply_fix_local") : I18n.t("diag_chat_no_reply_fix"));
            case TIMEOUT_IDLE:
                return Finding.failed(I18n.t("diag_chat_silent", Texts.seconds(EndpointResolver.idleTimeoutMs(p))),
                    I18n.t("diag_chat_silent_fix"));
            default:
                break;
        }
        return ErrorAdvice.explain(p, e, model, secrets);
    }

    /** A token count from the usage report; "?" when the server left it out. */
    private static String tokens(Long n) {
        return n == null ? "?" : Texts.count(n);
    }

    private static Finding success(String model, ChatOutcome out, List<String> secrets) {
        // The figures form a list ("first token after …, done in …, streamed in 5 pieces"): each item is whole.
        List<String> figures = new ArrayList<>();
        figures.add(I18n.t("diag_chat_timing", Texts.ms(out.ttftMs()), Texts.ms(out.totalMs())));
        boolean streamed = out.format() == BodyFormat.SSE || out.format() == BodyFormat.NDJSON;
        if (streamed) {
            figures.add(out.chunkCount() > 1 ? I18n.t("diag_chat_streamed_pieces", Texts.count(out.chunkCount()))
                : I18n.t("diag_chat_streamed_one_piece"));
        }
        Usage u = out.usage();
        if (u != null && (u.promptTokens != null || u.completionTokens != null)) {
            figures.add(I18n.t("diag_chat_usage", tokens(u.promptTokens), tokens(u.completionTokens)));
        }
        String list = String.join(", ", figures);
        String text = out.content() == null ? "" : out.content().trim();
        String replied;
        if (!text.isEmpty()) {
            replied = I18n.t("diag_chat_replied_quote", model, Scrub.quote(text, secrets, 40), list);
        } else if (out.reasoning() != null && !out.reasoning().isEmpty()) {
            replied = I18n.t("diag_chat_replied_thinking", model, Texts.count(MAX_TOKENS), list);
        } else {
            replied = I18n.t("diag_chat_replied", model, list);
        }
        if (!streamed) {
            return Finding.warning(I18n.t("diag_chat_no_stream", replied), I18n.t("diag_chat_no_stream_fix"));
        }
        if (out.status() == ChatMessage.Status.INCOMPLETE) {
            return Finding.warning(I18n.t("diag_chat_incomplete", replied), I18n.t("diag_chat_incomplete_fix"));
        }
        if (text.isEmpty() && (out.reasoning() == null || out.reasoning().isEmpty())) {
            return Finding.warning(I18n.t("diag_chat_empty", replied), I18n.t("diag_chat_empty_fix"));
        }
        return Finding.ok(replied);
    }
}
