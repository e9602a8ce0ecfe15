package dev.modeldeck.core.history;

/** The record areas of the history database (object stores in IndexedDB). */
public enum HistoryArea {
    /** One record per conversation: title, model, system prompt, times (the conversation index). */
    CONVERSATIONS,
    /** One record per message, keyed conversation id + "|" + message id (key order = message order). */
    MESSAGES,
    /** Text a streaming reply appended since its last batch, keyed message key + "|" + part number. */
    PARTS,
    /** Small documents: the durable copy of the settings. */
    META;

    /** The object store's name. */
    public String storeName() {
        return switch (this) {
            case CONVERSATIONS -> "conversations";
            case MESSAGES -> "messages";
            case PARTS -> "parts";
            case META -> "meta";
        };
    }
}
