package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/** Search results newest first, plus notices about unreadable conversations that were skipped. */
public record ConversationSearch(List<SearchHit> hits, List<String> notices) {
    public ConversationSearch {
        hits = Collections.unmodifiableList(hits);
        notices = Collections.unmodifiableList(notices);
    }
}
