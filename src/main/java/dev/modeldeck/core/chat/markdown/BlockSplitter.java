package dev.modeldeck.core.chat.markdown;

/**
 * Finds where finished markdown blocks end in text that arrives token by token, so a streaming
 * message can render each block once and only the unfinished tail changes per token. Looks at
 * each line once when its newline arrives: constant work per token.
 */
public final class BlockSplitter {
    private final StringBuilder text = new StringBuilder();
    private int lineStart;
    /** End (exclusive) of the text already handed out as finished blocks. */
    private int committed;
    private boolean inFence;
    private char fenceChar;
    private int fenceLength;

    /** Appends a delta; returns the text of blocks finished by it (may be several, joined), or null. */
    public String append(String delta) {
        int scanFrom = text.length();
        text.append(delta);
        int commitTo = -1;
        for (int i = scanFrom; i < text.length(); i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int end = i;
            if (onLineComplete(lineStart, end)) {
                commitTo = end + 1;
            }
            lineStart = end + 1;
        }
        if (commitTo > committed) {
            String block = text.substring(committed, commitTo);
            committed = commitTo;
            return block;
        }
        return null;
    }

    /** The unfinished tail (not yet handed out). */
    public String tail() { return text.substring(committed); }

    /** Whether the tail is inside an open code fence (so it can be shown as code while streaming). */
    public boolean inFence() { return inFence; }

    /** Ends the stream: returns whatever is left as a final block, or null. */
    public String finish() {
        if (committed >= text.length()) {
            return null;
        }
        String rest = text.substring(committed);
        committed = text.length();
        return rest;
    }

    public int length() { return text.length(); }

    /** @return true when the block ends after this line. */
    private boolean onLineComplete(int start, int end) {
        int i = start;
        int indent = 0;
        while (i < end && text.charAt(i) == ' ' && indent < 4) {
            i++;
            indent++;
        }
        if (indent < 4 && i < end && (text.charAt(i) == '`' || text.charAt(i) == '~')) {
            char c = text.charAt(i);
            int n = 0;
            while (i + n < end && text.charAt(i + n) == c) {
                n++;
            }
            if (n >= 3) {
                if (!inFence) {
                    inFence = true;
                    fenceChar = c;
                    fenceLength = n;
                    return false;
                }
                if (c == fenceChar && n >= fenceLength && onlySpacesAfter(i + n, end)) {
                    inFence = false;
                    return true;
                }
            }
        }
        if (inFence) {
            return false;
        }
        return onlySpacesAfter(start, end);
    }

    private boolean onlySpacesAfter(int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
