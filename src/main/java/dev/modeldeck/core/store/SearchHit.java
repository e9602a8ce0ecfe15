package dev.modeldeck.core.store;

/** A conversation matching a search, with a short excerpt of the first matching message. */
public final class SearchHit {
    private final ConversationSummary summary;
    private final boolean titleMatch;
    private final int messageIndex;
    private final String snippet;

    SearchHit(ConversationSummary summary, boolean titleMatch, int messageIndex, String snippet) {
        this.summary = summary;
        this.titleMatch = titleMatch;
        this.messageIndex = messageIndex;
        this.snippet = snippet;
    }

    public ConversationSummary summary() { return summary; }
    /** True when the title contains the first search word. */
    public boolean titleMatch() { return titleMatch; }
    /** Index of the first message containing a search word, or -1. */
    public int messageIndex() { return messageIndex; }
    /** Up to ~80 characters around that match ("…" where cut), or "" when only the title matched. */
    public String snippet() { return snippet; }
}
