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

    private HistorySize() { }

    /** Bytes of the conversation's records; 0 when it is gone. Blocks. */
    public static long of(HistoryStore store, String conversationId) throws StoreException {
        String record = store.get(HistoryArea.CONVERSATIONS, conversationId);
        if (record == null) {
            return 0;
        }
        long n = utf8(conversationId) + utf8(record);
        String prefix = History.messagePrefix(conversationId);
        long keyBytes = utf8(prefix) + ID_CHARS;
        for (String message : store.range(HistoryArea.MESSAGES, prefix)) {
            n += keyBytes + utf8(message);
        }
        for (String part : store.range(HistoryArea.PARTS, prefix)) {
            n += keyBytes + 7 + utf8(part);
        }
        return n;
    }

    /** Bytes of all the listed conversations' records. Blocks. */
    public static long ofAll(HistoryStore store, List<ConversationSummary> conversations) throws StoreException {
        long n = 0;
        for (ConversationSummary s : conversations) {
            n += of(store, s.id());
        }
        return n;
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
