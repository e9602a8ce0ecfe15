package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/** Search results newest first, plus notices about unreadable conversations that were skipped. */
public final class ConversationSearch {
    private final List<SearchHit> hits;
    private final List<String> notices;

    ConversationSearch(List<SearchHit> hits, List<String> notices) {
        this.hits = Collections.unmodifiableList(hits);
        this.notices = Collections.unmodifiableList(notices);
    }

    public List<SearchHit> hits() { return hits; }
    public List<String> notices() { return notices; }
}
