package dev.modeldeck.core.history;

/**
 * What another page stored, so a page showing the same conversation can update just that part.
 *
 * @param messageId the message added, updated or removed; null for the conversation's own changes
 */
public record HistoryEvent(Kind kind, String conversationId, String messageId) {
    public enum Kind {
        /** A message was stored for the first time: append it. */
        MESSAGE_ADDED,
        /** A stored message changed (more streamed text, a final status): update it. */
        MESSAGE_UPDATED,
        MESSAGE_REMOVED,
        /** Title, system prompt or model choice changed. */
        CONVERSATION_CHANGED,
        CONVERSATION_DELETED
    }

    /** Encoded for a message channel: kind, conversation and message id separated by newlines. */
    public String encode() {
        return kind.name() + "\n" + conversationId + "\n" + (messageId == null ? "" : messageId);
    }

    /** Null when the text is not an encoded event. */
    public static HistoryEvent decode(String text) {
        if (text == null) {
            return null;
        }
        int a = text.indexOf('\n');
        int b = a < 0 ? -1 : text.indexOf('\n', a + 1);
        if (b < 0) {
            return null;
        }
        for (Kind k : Kind.values()) {
            if (k.name().equals(text.substring(0, a))) {
                String message = text.substring(b + 1);
                return new HistoryEvent(k, text.substring(a + 1, b), message.isEmpty() ? null : message);
            }
        }
        return null;
    }
}
