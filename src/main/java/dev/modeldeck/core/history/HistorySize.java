package dev.modeldeck.core.history;

import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.StoreException;
import java.util.List;

/**
 * About how many bytes a conversation takes in the history database: the UTF-8 size of its records and their
 * keys. An estimate from the records themselves (the browser's own figure covers the whole extension only).
 */
public final class HistorySize {
    /** A message id's length (time, counter, page tag): the part of a record's key not in the prefix. */
    private static final int ID_CHARS = 17;
    /** What a part's key adds to its message's key: the separator and a six-digit part number. */
    private static final int PART_SUFFIX_CHARS = 7;

    private HistorySize() { }

    /** Bytes of the conversation's records; 0 when it is gone. Blocks. */
    public static long of(HistoryStore store, String conversationId) throws StoreException {
        String record = store.get(HistoryArea.CONVERSATIONS, conversationId);
        if (record == null) {
            return 0;
        }
        String prefix = History.messagePrefix(conversationId);
        long keyBytes = utf8(prefix) + ID_CHARS;
        RangeSize messages = store.size(HistoryArea.MESSAGES, prefix);
        RangeSize parts = store.size(HistoryArea.PARTS, prefix);
        return utf8(conversationId) + utf8(record) + messages.records() * keyBytes + messages.valueBytes()
            + parts.records() * (keyBytes + PART_SUFFIX_CHARS) + parts.valueBytes();
    }

    /**
     * Bytes of all the conversations' records, measured once per store ({@link HistoryStore#size}) instead of three
     * reads per conversation (the settings page measures this as it opens). Message and part keys are counted with
     * the listed conversations' average id length. Blocks.
     */
    public static long ofAll(HistoryStore store, List<ConversationSummary> conversations) throws StoreException {
        if (conversations.isEmpty()) {
            return 0;
        }
        long idBytes = 0;
        for (ConversationSummary s : conversations) {
            idBytes += utf8(s.id());
        }
        long keyBytes = idBytes / conversations.size() + History.SEP.length() + ID_CHARS;
        RangeSize messages = store.size(HistoryArea.MESSAGES, "");
        RangeSize parts = store.size(HistoryArea.PARTS, "");
        return idBytes + store.size(HistoryArea.CONVERSATIONS, "").valueBytes()
            + messages.records() * keyBytes + messages.valueBytes()
            + parts.records() * (keyBytes + PART_SUFFIX_CHARS) + parts.valueBytes();
    }

    static long utf8(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
