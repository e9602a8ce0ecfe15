package dev.modeldeck.core.chat;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.json.Numbers;

/**
 * One turn, stored provider-neutrally: role + content are what any provider gets; reasoning and
 * the answering provider's details are kept for display and never sent to another provider.
 */
public final class ChatMessage {
    public enum Status { COMPLETE, STREAMING, STOPPED, INCOMPLETE, LENGTH, ERROR }

    public String role;
    public String content = "";
    public String reasoning = "";
    public Status status = Status.COMPLETE;
    /** Why the reply is not complete (a redacted, user-facing message), or null. */
    public String error;
    public String providerId;
    public String providerName;
    public String modelId;
    public Long promptTokens;
    public Long completionTokens;
    public Long timeToFirstTokenMs;
    public long createdAt;
    /** Who was tried first and why they were skipped (failover), or null. */
    public String routeNote;
    /** Stable id within its conversation (assigned when first stored; its sort order is the message order), or null. */
    public String id;
    /** Revision of the stored record: each write of this message raises it, and a lower one never overwrites it. */
    public long rev;
    /** The content {@link #estimate} was counted for (compared by identity); never stored. */
    private String estimatedContent;
    private long estimate;
    /** The role and content {@link #wire} was written for (compared by identity); never stored. */
    private String wiredRole;
    private String wiredContent;
    private String wire;

    public ChatMessage() { }

    public ChatMessage(String role, String content) {
        this.role = role;
        this.content = content;
    }

    public boolean isAssistant() { return "assistant".equals(role); }

    /**
     * Estimated tokens of this message as sent ({@link TokenEstimator#message}), counted once per content:
     * a send fits the whole history into the window again, and counting 1,000 messages per character each
     * time made the send a long task.
     */
    public long tokenEstimate() {
        String c = content == null ? "" : content;
        if (c != estimatedContent) {
            estimate = TokenEstimator.message(c);
            estimatedContent = c;
        }
        return estimate;
    }

    /**
     * This message as a request's history turn, {@code {"role":…,"content":…}}, written once per role and content:
     * every send carries the whole history again, and escaping it all at Send was part of the send's long task.
     */
    public String wireJson() {
        String c = content == null ? "" : content;
        if (c != wiredContent || role != wiredRole || wire == null) {
            wire = JsonWriter.write(Json.object().put("role", role).put("content", c));
            wiredRole = role;
            wiredContent = c;
        }
        return wire;
    }

    public JsonObject toJson() {
        JsonObject o = Json.object().put("role", role).put("content", content);
        if (reasoning != null && !reasoning.isEmpty()) {
            o.put("reasoning", reasoning);
        }
        if (status != Status.COMPLETE) {
            o.put("status", status.name().toLowerCase());
        }
        o.put("error", error).put("providerId", providerId).put("providerName", providerName).put("model", modelId)
         .putIfNotNull("promptTokens", promptTokens).putIfNotNull("completionTokens", completionTokens)
         .putIfNotNull("ttftMs", timeToFirstTokenMs).put("routeNote", routeNote);
        if (createdAt != 0) {
            o.put("at", createdAt);
        }
        return o;
    }

    public static ChatMessage fromJson(Json j) {
        ChatMessage m = new ChatMessage(j.get("role").str("user"), j.get("content").text() == null ? "" : j.get("content").text());
        m.reasoning = j.get("reasoning").str("");
        m.status = parseStatus(j.get("status").str("complete"));
        m.error = j.get("error").str();
        m.providerId = j.get("providerId").str();
        m.providerName = j.get("providerName").str();
        m.modelId = j.get("model").str();
        // Stored or imported counts: a negative or impossible one is no count at all (shown as unknown).
        m.promptTokens = Numbers.inRange(j.get("promptTokens"), 0L, Numbers.MAX_EXACT);
        m.completionTokens = Numbers.inRange(j.get("completionTokens"), 0L, Numbers.MAX_EXACT);
        m.timeToFirstTokenMs = Numbers.inRange(j.get("ttftMs"), 0L, Numbers.MAX_EXACT);
        m.createdAt = j.get("at").asLong(0);
        m.routeNote = j.get("routeNote").str();
        return m;
    }

    private static Status parseStatus(String s) {
        for (Status st : Status.values()) {
            if (st.name().equalsIgnoreCase(s)) {
                return st;
            }
        }
        return Status.COMPLETE;
    }
}
