package dev.modeldeck.core.store;

import java.util.Collections;
import java.util.List;

/** Conversations newest first, plus notices about entries that had to be skipped. */
public record ConversationList(List<ConversationSummary> items, List<String> notices) {
    public ConversationList {
        items = Collections.unmodifiableList(items);
        notices = Collections.unmodifiableList(notices);
    }
}
