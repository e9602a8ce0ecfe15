package dev.modeldeck.core.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fits a history into a model's context window before sending: the system prompt and the newest
 * user message always stay; whole turns (a user message and the replies after it) are dropped
 * oldest first until the estimate plus the room reserved for the reply fits.
 * Estimates come from {@link TokenEstimator}.
 */
public final class ContextFitter {
    /** Room kept for the reply when max_tokens is not set (capped at a quarter of the window). */
    public static final int DEFAULT_REPLY_RESERVE = 1024;
    /**
     * What is sent when the model's window is unknown: whole turns up to about this many tokens. Sending a
     * 1,000-message history took seconds before the first token, and most servers reject it anyway.
     */
    public static final int UNKNOWN_WINDOW_BUDGET = 32_000;

    private ContextFitter() { }

    /** The result; when {@link #fits()} is false the caller must warn instead of sending. */
    public static final class Fit {
        private final List<ChatMessage> messages;
        private final long estimatedTokens;
        private final long replyReserve;
        private final int dropped;
        private final boolean fits;
        private final Long contextLength;

        Fit(List<ChatMessage> messages, long estimatedTokens, long replyReserve, int dropped, boolean fits, Long contextLength) {
            this.messages = Collections.unmodifiableList(messages);
            this.estimatedTokens = estimatedTokens;
            this.replyReserve = replyReserve;
            this.dropped = dropped;
            this.fits = fits;
            this.contextLength = contextLength;
        }

        /** The messages to send (system prompt not included; pass it to the builder). */
        public List<ChatMessage> messages() { return messages; }
        /** Estimated prompt tokens of what will be sent, system prompt included. */
        public long estimatedTokens() { return estimatedTokens; }
        /** Tokens kept free for the reply; 0 when the context length is unknown. */
        public long replyReserve() { return replyReserve; }
        public int droppedMessages() { return dropped; }
        /** False when even the system prompt plus the newest user message leave no room for the reply. */
        public boolean fits() { return fits; }
        public boolean contextKnown() { return contextLength != null; }
        /** The window used, or null when unknown. */
        public Long contextLength() { return contextLength; }
    }

    /**
     * @param systemPrompt may be empty
     * @param history sendable messages, oldest first (see {@link ChatRequestBuilder#sendable})
     * @param contextLength the model's window in tokens, or null/≤0 when unknown (then the newest turns up to
     *        {@link #UNKNOWN_WINDOW_BUDGET} are sent)
     * @param maxTokens the request's max_tokens, or null
     */
    public static Fit fit(String systemPrompt, List<ChatMessage> history, Long contextLength, Integer maxTokens) {
        long system = systemPrompt == null || systemPrompt.trim().isEmpty() ? 0 : TokenEstimator.message(systemPrompt);
        long[] cost = new long[history.size()];
        long total = system + TokenEstimator.REPLY_PRIMING;
        for (int i = 0; i < cost.length; i++) {
            cost[i] = history.get(i).tokenEstimate();
            total += cost[i];
        }
        boolean known = contextLength != null && contextLength > 0;
        long reserve = !known ? 0 : maxTokens != null && maxTokens > 0 ? maxTokens : Math.min(DEFAULT_REPLY_RESERVE, contextLength / 4);
        long budget = known ? contextLength - reserve : UNKNOWN_WINDOW_BUDGET;
        int lastUser = -1;
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("user".equals(history.get(i).role)) {
                lastUser = i;
                break;
            }
        }
        // Drop turns from the front; a turn ends where the next user message begins.
        int from = 0;
        while (total > budget && from < lastUser) {
            int next = from + 1;
            while (next < lastUser && !"user".equals(history.get(next).role)) {
                next++;
            }
            for (int i = from; i < next; i++) {
                total -= cost[i];
            }
            from = next;
        }
        List<ChatMessage> kept = new ArrayList<>(history.subList(from, history.size()));
        // With an unknown window the budget is ours, not the model's: what is left is sent and the server decides.
        return new Fit(kept, total, reserve, from, !known || total <= budget, known ? contextLength : null);
    }

    public static Fit fit(Conversation c, Long contextLength, Integer maxTokens) {
        return fit(c.systemPrompt, ChatRequestBuilder.sendable(c.messages), contextLength, maxTokens);
    }
}
