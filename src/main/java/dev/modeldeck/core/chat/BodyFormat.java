package dev.modeldeck.core.chat;

/**
 * How a chat response body is framed, decided from its first characters before the content type:
 * servers that ignore {@code stream:true} answer JSON with any content type, and some SSE servers
 * send {@code text/plain}.
 */
public enum BodyFormat {
    SSE,
    /** Newline-delimited JSON objects (Ollama's native API). */
    NDJSON,
    /** One JSON document (a non-streaming answer). */
    JSON,
    /** An HTML page (a proxy, login portal or wrong URL). */
    HTML,
    /** Anything else: not a chat answer. */
    OTHER;

    /**
     * @param contentType the Content-Type header, or null
     * @param start the body's first characters as received so far
     * @return the format, or null when more characters are needed to tell
     */
    public static BodyFormat sniff(String contentType, String start) {
        int i = 0;
        while (i < start.length() && isSkippable(start.charAt(i))) {
            i++;
        }
        if (i == start.length()) {
            return null;
        }
        char c = start.charAt(i);
        String ct = contentType == null ? "" : contentType.toLowerCase();
        if (c == '{' || c == '[') {
            return ct.contains("ndjson") || ct.contains("jsonl") ? NDJSON : JSON;
        }
        if (c == '<') {
            return HTML;
        }
        if (c == ':') {
            return SSE;
        }
        String rest = start.substring(i, Math.min(start.length(), i + 6));
        String[] fields = {"data", "event", "id", "retry"};
        for (String f : fields) {
            if (rest.startsWith(f)) {
                return SSE;
            }
            if (f.startsWith(rest)) {
                return null; // "da" could still become "data:"
            }
        }
        return OTHER;
    }

    private static boolean isSkippable(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF';
    }
}
