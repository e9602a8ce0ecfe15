package dev.modeldeck.core.history;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.store.StoreException;

/**
 * Stores a reply while it streams: the text that arrived since the last batch is appended as one part, so a
 * batch costs the same at the first token and the ten-thousandth. Text whose batch was refused (storage full)
 * stays here and goes out with the next batch; the finished reply is stored whole and its parts dropped.
 */
public final class ReplyJournal {
    private final History history;
    private final Conversation conversation;
    private final ChatMessage reply;
    private StringBuilder content = new StringBuilder();
    private StringBuilder reasoning = new StringBuilder();
    private int parts;
    private boolean inFlight;
    /** The batch on its way: a page going away hands it over again, as its transaction may never land. */
    private int inFlightPart;
    private String inFlightContent = "";
    private String inFlightReasoning = "";
    private StoreException lastError;

    public ReplyJournal(History history, Conversation conversation, ChatMessage reply) {
        this.history = history;
        this.conversation = conversation;
        this.reply = reply;
    }

    public ChatMessage reply() { return reply; }

    public void content(String delta) { content.append(delta); }

    public void reasoning(String delta) { reasoning.append(delta); }

    /** The error of the last batch, or null when everything handed over so far is stored. */
    public StoreException lastError() { return lastError; }

    /** Text that arrived but is not stored yet. */
    public int unstoredChars() { return content.length() + reasoning.length(); }

    /**
     * Appends what arrived since the last batch. At most one batch is on its way at a time, so parts are stored
     * in order; a later call carries what this one could not.
     */
    public PendingWrite flush() {
        if (inFlight || unstoredChars() == 0) {
            return PendingWrite.done(lastError);
        }
        StringBuilder c = content;
        StringBuilder r = reasoning;
        content = new StringBuilder();
        reasoning = new StringBuilder();
        inFlight = true;
        inFlightPart = parts++;
        inFlightContent = c.toString();
        inFlightReasoning = r.toString();
        PendingWrite w = history.appendPart(conversation, reply, inFlightPart, inFlightContent, inFlightReasoning);
        w.whenDone(error -> {
            inFlight = false;
            lastError = error;
            if (error != null) {
                content = c.append(content);
                reasoning = r.append(reasoning);
            }
        });
        return w;
    }

    /**
     * The page is going away mid-reply: store the status and what arrived, without waiting. A batch still on its
     * way waits for a read whose answer would come back to no page, so its text goes again under its own part
     * number (the same text again if it did land).
     */
    public PendingWrite closing(String reason) {
        reply.status = ChatMessage.Status.INCOMPLETE;
        reply.error = reason;
        boolean resend = inFlight;
        inFlight = false;
        int part = resend ? inFlightPart : parts++;
        String c = (resend ? inFlightContent : "") + content;
        String r = (resend ? inFlightReasoning : "") + reasoning;
        content = new StringBuilder();
        reasoning = new StringBuilder();
        return history.appendLastPart(conversation, reply, part, c, r);
    }

    /** The reply ended (its text, status and cause are set): store it whole. */
    public PendingWrite finish() {
        content = new StringBuilder();
        reasoning = new StringBuilder();
        PendingWrite w = history.update(conversation, reply);
        w.whenDone(error -> lastError = error);
        return w;
    }
}
