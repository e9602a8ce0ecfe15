package dev.modeldeck.core.store;

/**
 * A conversation matching a search, with a short excerpt of the first matching message.
 *
 * @param titleMatch true when the title contains the first search word
 * @param messageIndex index of the first message containing a search word, or -1
 * @param snippet up to ~80 characters around that match ("…" where cut), or "" when only the title matched
 */
public record SearchHit(ConversationSummary summary, boolean titleMatch, int messageIndex, String snippet) {
    /** Without the snippet: it is the user's own text. */
    @Override public String toString() { return "SearchHit[" + summary + ", message " + messageIndex + "]"; }
}
