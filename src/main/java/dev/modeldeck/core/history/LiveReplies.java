package dev.modeldeck.core.history;

import java.util.Set;

/**
 * Which conversations a reply is streaming into in some open page right now (Web Locks in the browser). A page
 * that dies, even without a chance to say so, holds nothing: a stored "streaming" reply nobody holds was cut off.
 */
public interface LiveReplies {
    String PREFIX = "modeldeck-reply|";

    /**
     * Marks a reply as streaming into the conversation from this page until the returned action runs or the page
     * goes away. Asked for before the reply is stored, so no page sees it stored as streaming and not held.
     */
    Runnable hold(String conversationId);

    /** Conversations some open page is streaming a reply into; null when the browser cannot tell. Blocks. */
    Set<String> conversations();

    /**
     * Runs {@code then} once no page streams into the conversation any more, however those pages ended (at once
     * when none does). Never runs when the browser cannot tell. {@code then} runs in a browser callback: it must
     * not block.
     */
    void whenFree(String conversationId, Runnable then);

    /** The name a conversation's streaming replies are held under. */
    static String name(String conversationId) { return PREFIX + conversationId; }

    /** The conversation a held name belongs to, or null for names that are not ours. */
    static String conversationOf(String name) {
        return name == null || !name.startsWith(PREFIX) || name.length() == PREFIX.length() ? null : name.substring(PREFIX.length());
    }

    /** For a browser without Web Locks: nothing is held, and who streams where is unknown. */
    LiveReplies UNKNOWN = new LiveReplies() {
        @Override public Runnable hold(String conversationId) { return () -> { }; }
        @Override public Set<String> conversations() { return null; }
        @Override public void whenFree(String conversationId, Runnable then) { }
    };
}
