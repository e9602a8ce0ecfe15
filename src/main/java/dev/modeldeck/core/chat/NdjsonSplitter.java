package dev.modeldeck.core.chat;

/**
 * Splits newline-delimited JSON (Ollama's native /api/chat and /api/generate streams) into lines
 * across arbitrary chunks. Blank lines are skipped; a last line without newline is delivered by end().
 */
public final class NdjsonSplitter {
    public interface Listener {
        void onLine(String line);
    }

    private final Listener listener;
    private final int maxLineChars;
    private final StringBuilder partial = new StringBuilder();

    public NdjsonSplitter(Listener listener) { this(listener, SseParser.DEFAULT_MAX_BUFFER_CHARS); }

    public NdjsonSplitter(Listener listener, int maxLineChars) {
        this.listener = listener;
        this.maxLineChars = maxLineChars;
    }

    public void feed(String chunk) {
        if (chunk == null) {
            return;
        }
        int pos = 0;
        int lf;
        while ((lf = chunk.indexOf('\n', pos)) != -1) {
            if (partial.length() > 0) {
                partial.append(chunk, pos, lf);
                String line = partial.toString();
                partial.setLength(0);
                deliver(line, 0, line.length());
            } else {
                deliver(chunk, pos, lf);
            }
            pos = lf + 1;
        }
        if (pos < chunk.length()) {
            partial.append(chunk, pos, chunk.length());
            if (partial.length() > maxLineChars) {
                partial.setLength(0);
                throw new SseParser.Overflow(maxLineChars);
            }
        }
    }

    public void end() {
        if (partial.length() > 0) {
            String line = partial.toString();
            partial.setLength(0);
            deliver(line, 0, line.length());
        }
    }

    private void deliver(String s, int start, int end) {
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            listener.onLine(s.substring(start, end));
        }
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF'; }
}
