package dev.modeldeck.core.chat;

import java.util.List;
import java.util.Objects;

/**
 * What changed between the messages a page shows and a newer copy of the same conversation (written by
 * another page), found without reading any text: messages are the same turn when role and creation time
 * match, and unchanged when their lengths, state and who answered match too.
 * Apply it as: update message {@link #updated()} (when ≥ 0), remove the shown ones from {@link #removeFrom()},
 * then append the newer copy's messages from {@link #removeFrom()} on.
 *
 * @param unchanged how many leading messages are the same in both
 * @param updated the index of a message that is the same turn with new text or state, or -1
 */
public record TranscriptDiff(int unchanged, int updated) {

    public static TranscriptDiff between(List<ChatMessage> shown, List<ChatMessage> newer) {
        int n = Math.min(shown.size(), newer.size());
        int same = 0;
        while (same < n && unchanged(shown.get(same), newer.get(same))) {
            same++;
        }
        boolean grows = same < n && sameTurn(shown.get(same), newer.get(same));
        return new TranscriptDiff(same, grows ? same : -1);
    }

    /** Where the shown messages stop being kept (and the newer copy's are appended from). */
    public int removeFrom() { return updated >= 0 ? updated + 1 : unchanged; }

    /** True when nothing needs to change for a page showing {@code shownCount} messages of a copy of {@code newerCount}. */
    public boolean none(int shownCount, int newerCount) {
        return updated < 0 && unchanged == shownCount && unchanged == newerCount;
    }

    static boolean sameTurn(ChatMessage a, ChatMessage b) {
        return Objects.equals(a.role, b.role) && a.createdAt == b.createdAt;
    }

    static boolean unchanged(ChatMessage a, ChatMessage b) {
        return sameTurn(a, b) && a.status == b.status
            && a.content.length() == b.content.length() && length(a.reasoning) == length(b.reasoning)
            && Objects.equals(a.error, b.error) && Objects.equals(a.modelId, b.modelId) && Objects.equals(a.providerId, b.providerId)
            && Objects.equals(a.completionTokens, b.completionTokens) && Objects.equals(a.timeToFirstTokenMs, b.timeToFirstTokenMs)
            && Objects.equals(a.routeNote, b.routeNote);
    }

    private static int length(String s) { return s == null ? 0 : s.length(); }
}
