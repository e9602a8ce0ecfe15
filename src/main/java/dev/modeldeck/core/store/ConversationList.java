package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/** Conversations newest first, plus notices about entries that had to be skipped. */
public final class ConversationList {
    private final List<ConversationSummary> items;
    private final List<String> notices;

    ConversationList(List<ConversationSummary> items, List<String> notices) {
        this.items = Collections.unmodifiableList(items);
        this.notices = Collections.unmodifiableList(notices);
    }

    public List<ConversationSummary> items() { return items; }
    public List<String> notices() { return notices; }
}
