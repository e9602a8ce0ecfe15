package dev.modeldeck.core.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.NetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one chat request produced, including a partial answer when it did not finish. */
public final class ChatOutcome {
    private final ChatMessage.Status status;
    private final StreamAssemblerSnapshot s;
    private final NetException error;
    private final long ttftMs;
    private final long totalMs;
    private final int chunkCount;
    private final BodyFormat format;
    private final String requestId;

    ChatOutcome(ChatMessage.Status status, StreamAssembler a, NetException error, long ttftMs, long totalMs,
                int chunkCount, BodyFormat format, String headerRequestId) {
        this.status = status;
        this.s = new StreamAssemblerSnapshot(a);
        this.error = error;
        this.ttftMs = ttftMs;
        this.totalMs = totalMs;
        this.chunkCount = chunkCount;
        this.format = format;
        this.requestId = headerRequestId != null ? headerRequestId : a.providerRequestId();
    }

    /**
     * The reply's fate: COMPLETE, LENGTH (cut by max_tokens), STOPPED (cancelled by the user),
     * INCOMPLETE (the connection or stream broke; content is partial) or ERROR (see {@link #error()}).
     */
    public ChatMessage.Status status() { return status; }
    public String content() { return s.content; }
    public String reasoning() { return s.reasoning; }
    public List<ToolCall> toolCalls() { return s.toolCalls; }
    /** Null when the provider reported none. */
    public Usage usage() { return s.usage; }
    public FinishReason finishReason() { return s.finishReason; }
    public String finishReasonRaw() { return s.finishReasonRaw; }
    /** Model id as the provider reported it, or null. */
    public String model() { return s.model; }
    public String responseId() { return s.responseId; }
    /** Provider request id from response headers (x-request-id and kin) or the body (x_groq.id), or null. */
    public String requestId() { return requestId; }
    /** Why the reply is not complete; null for COMPLETE and LENGTH. Never contains a secret. */
    public NetException error() { return error; }
    /** Milliseconds from sending to the first content, reasoning or tool-call piece; -1 when none came. */
    public long ttftMs() { return ttftMs; }
    public long totalMs() { return totalMs; }
    /** Body pieces read from the transport; 1 or 2 for a stream means the server (or a proxy) buffered it. */
    public int chunkCount() { return chunkCount; }
    /** Data payloads (SSE events or NDJSON lines); 1 for a JSON answer, 0 when no body was read. */
    public int eventCount() { return s.payloads; }
    /** How the body was framed, or null when no body was read (HTTP error, nothing answered). */
    public BodyFormat format() { return format; }

    /** A user-facing explanation of an unfinished or filtered reply, or null. */
    public String notice() {
        if (error != null) {
            return error.getMessage();
        }
        if (status == ChatMessage.Status.LENGTH) {
            return I18n.t("chatcore_cut_off_at_length");
        }
        if (s.finishReason == FinishReason.CONTENT_FILTER) {
            return I18n.t("chatcore_content_filter");
        }
        return null;
    }

    /** Copies the result into the assistant message being shown. */
    public void applyTo(ChatMessage m) {
        m.content = s.content;
        m.reasoning = s.reasoning;
        m.status = status;
        m.error = notice();
        if (s.model != null) {
            m.modelId = s.model;
        }
        if (s.usage != null) {
            m.promptTokens = s.usage.promptTokens;
            m.completionTokens = s.usage.completionTokens;
        }
        m.timeToFirstTokenMs = ttftMs >= 0 ? Long.valueOf(ttftMs) : null;
    }

    /** Frozen copy so the outcome does not change if the assembler is fed later. */
    private static final class StreamAssemblerSnapshot {
        final String content;
        final String reasoning;
        final List<ToolCall> toolCalls;
        final Usage usage;
        final FinishReason finishReason;
        final String finishReasonRaw;
        final String model;
        final String responseId;
        final int payloads;

        StreamAssemblerSnapshot(StreamAssembler a) {
            content = a.content();
            reasoning = a.reasoning();
            toolCalls = Collections.unmodifiableList(new ArrayList<>(a.toolCalls()));
            usage = a.usage();
            finishReason = a.finishReason();
            finishReasonRaw = a.finishReasonRaw();
            model = a.model();
            responseId = a.responseId();
            payloads = a.payloadCount();
        }
    }

    /** Decides the status from what the assembler saw and how reading ended. */
    static ChatMessage.Status decide(StreamAssembler a, NetException readError, boolean wholeBody) {
        if (readError != null && readError.kind() == NetException.Kind.CANCELLED) {
            return ChatMessage.Status.STOPPED;
        }
        if (a.error() != null) {
            return ChatMessage.Status.ERROR;
        }
        if (readError != null) {
            return a.hasOutput() ? ChatMessage.Status.INCOMPLETE : ChatMessage.Status.ERROR;
        }
        FinishReason f = a.finishReason();
        if (f == FinishReason.LENGTH) {
            return ChatMessage.Status.LENGTH;
        }
        if (f == FinishReason.ERROR) {
            return ChatMessage.Status.ERROR;
        }
        if (f != FinishReason.NONE || a.sawDone() || wholeBody && a.sawChoice()) {
            return ChatMessage.Status.COMPLETE;
        }
        return a.hasOutput() ? ChatMessage.Status.INCOMPLETE : ChatMessage.Status.ERROR;
    }

    /** The error to report for a status that {@link #decide} chose without a transport or provider error. */
    static NetException implicitError(ChatMessage.Status status, StreamAssembler a, boolean wholeBody) {
        if (status == ChatMessage.Status.ERROR) {
            if (a.finishReason() == FinishReason.ERROR) {
                return new NetException(NetException.Kind.SERVER, I18n.t("chatcore_finished_with_error"));
            }
            if (a.payloadCount() > 0 && a.unreadablePayloadCount() == a.payloadCount()) {
                return new NetException(NetException.Kind.PROTOCOL, I18n.t("chatcore_not_a_chat_reply"));
            }
            return new NetException(NetException.Kind.PROTOCOL, wholeBody
                ? I18n.t("chatcore_no_message")
                : I18n.t("chatcore_stream_ended_early"));
        }
        if (status == ChatMessage.Status.INCOMPLETE) {
            return new NetException(NetException.Kind.PROTOCOL, I18n.t("chatcore_no_end_marker"));
        }
        return null;
    }
}
