package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.store.ConversationList;
import dev.modeldeck.core.store.ConversationLoad;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Delete conversations older than …": which conversations were last active before a cutoff and about how much
 * they take, which are kept (the one open in this page, one a reply is streaming into elsewhere), and the deletion
 * itself, one transaction per conversation, each announced to the other pages.
 */
public final class OldConversations {
    /** The ages offered, in days of no activity. */
    public static final int[] AGES_DAYS = {30, 90, 365};
    public static final int DEFAULT_DAYS = 90;
    static final long DAY_MS = 86_400_000L;

    private final History history;
    private final LiveReplies live;

    public OldConversations(History history, LiveReplies live) {
        this.history = history;
        this.live = live;
    }

    /**
     * What deleting would do.
     *
     * @param doomed the conversations that would go, newest first
     * @param bytes about how much storage they take
     * @param keptOpen old but open in this page
     * @param keptStreaming old but a reply is streaming into it in an open page
     * @param notices conversations that could not be read or measured
     * @param sizes each doomed conversation's size by id, as measured for the review (the deletion reports these)
     */
    public record Plan(int days, long cutoff, List<ConversationSummary> doomed, long bytes,
                       List<ConversationSummary> keptOpen, List<ConversationSummary> keptStreaming, List<String> notices,
                       Map<String, Long> sizes) {
        public boolean isEmpty() { return doomed.isEmpty(); }

        /** Without the titles: they are the user's words. */
        @Override public String toString() { return "Plan[" + days + " days, " + doomed.size() + " to delete]"; }
    }

    /**
     * What was done.
     *
     * @param deleted conversations deleted
     * @param bytes about how much storage that freed
     * @param keptSince planned ones kept because they were used, opened or streamed into since the plan
     * @param failed planned ones storage refused to delete
     * @param error why the first of those failed, or null
     */
    public record Outcome(int deleted, long bytes, int keptSince, int failed, String error) { }

    /** Conversations last active more than {@code days} before {@code now}. Blocks. */
    public Plan plan(int days, long now, String openHere) {
        long cutoff = now - days * DAY_MS;
        Set<String> streaming = streaming();
        List<ConversationSummary> doomed = new ArrayList<>();
        List<ConversationSummary> keptOpen = new ArrayList<>();
        List<ConversationSummary> keptStreaming = new ArrayList<>();
        ConversationList all = history.list();
        List<String> notices = new ArrayList<>(all.notices());
        Map<String, Long> sizes = new HashMap<>();
        long bytes = 0;
        for (ConversationSummary s : all.items()) {
            if (s.updatedAt() >= cutoff) {
                continue;
            }
            if (s.id().equals(openHere)) {
                keptOpen.add(s);
            } else if (streaming.contains(s.id())) {
                keptStreaming.add(s);
            } else {
                doomed.add(s);
                try {
                    long size = HistorySize.of(history.store(), s.id());
                    sizes.put(s.id(), size);
                    bytes += size;
                } catch (StoreException e) {
                    notices.add(e.getMessage());
                }
            }
        }
        return new Plan(days, cutoff, doomed, bytes, keptOpen, keptStreaming, notices, sizes);
    }

    /**
     * Deletes what the plan named, checking each conversation again just before it goes: one used, opened here or
     * streamed into since the plan was made is kept. Blocks.
     */
    public Outcome delete(Plan plan, String openHere) {
        Map<String, ConversationSummary> now = new HashMap<>();
        for (ConversationSummary s : history.list().items()) {
            now.put(s.id(), s);
        }
        Set<String> streaming = streaming();
        int deleted = 0;
        int kept = 0;
        int failed = 0;
        long bytes = 0;
        String error = null;
        for (ConversationSummary s : plan.doomed()) {
            ConversationSummary current = now.get(s.id());
            if (current == null) {
                continue; // already deleted elsewhere
            }
            if (current.updatedAt() >= plan.cutoff() || s.id().equals(openHere) || streaming.contains(s.id())) {
                kept++;
                continue;
            }
            StoreException e = history.delete(s.id()).await();
            if (e == null) {
                deleted++;
                bytes += plan.sizes().getOrDefault(s.id(), 0L); // unchanged since the review, or it would be kept
            } else {
                failed++;
                error = error == null ? e.getMessage() : error;
            }
        }
        return new Outcome(deleted, bytes, kept, failed, error);
    }

    /**
     * The plan's conversations in one JSON file that the conversation import reads back; null with {@code problem}
     * set when one of them could not be read (then nothing is exported, so nothing is missing unnoticed). Blocks.
     */
    public String export(Plan plan, long now, StringBuilder problem) {
        List<Conversation> all = new ArrayList<>();
        for (ConversationSummary s : plan.doomed()) {
            ConversationLoad loaded = history.load(s.id());
            if (!loaded.found()) {
                problem.append(loaded.notice());
                return null;
            }
            all.add(loaded.conversation());
        }
        return ConversationExport.jsonAll(all, now);
    }

    /** Without Web Locks nobody can tell; a reply streaming now made its conversation recent anyway. */
    private Set<String> streaming() {
        Set<String> s = live.conversations();
        return s == null ? Set.of() : s;
    }
}
