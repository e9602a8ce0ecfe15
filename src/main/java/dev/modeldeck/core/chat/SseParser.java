package dev.modeldeck.core.chat;

import dev.modeldeck.core.i18n.I18n;

/**
 * Incremental Server-Sent Events parser (WHATWG "parsing an event stream") over text chunks that are
 * already decoded. Lines are found with indexOf over each chunk; only a line cut by a chunk boundary
 * is copied into a StringBuilder, so long streams of tiny chunks cost linear time.
 *
 * <p>Deliberate differences from the spec, both for OpenAI-compatible servers:
 * <ul>
 *   <li>{@link #end()} dispatches an event whose blank line never came (some servers close the
 *       stream right after the last {@code data:} line); the spec would discard it.</li>
 *   <li>Buffered text is bounded by {@code maxBufferChars}; going over throws {@link Overflow}
 *       instead of growing without limit on a hostile or broken stream.</li>
 * </ul>
 * The event id follows the spec's "last event ID buffer": it persists across events until an
 * {@code id} field changes it; an {@code id} value containing NUL is ignored.
 */
public final class SseParser {
    /** Receives parsed items, in stream order. */
    public interface Listener {
        /** @param event the {@code event:} name, or null when none was given (the spec's "message") */
        void onEvent(String event, String data, String id);

        /** A comment line without its colon and one leading space (OpenRouter: "OPENROUTER PROCESSING"). */
        default void onComment(String comment) { }

        /** A valid {@code retry:} value (ASCII digits only); invalid values are ignored. */
        default void onRetry(long millis) { }
    }

    /** Thrown when a line or an event's data grows beyond the configured limit. */
    public static final class Overflow extends RuntimeException {
        Overflow(int limit) {
            super(I18n.t("chatcore_event_too_large", I18n.format().integer(limit)));
        }
    }

    public static final int DEFAULT_MAX_BUFFER_CHARS = 16 * 1024 * 1024;

    private final Listener listener;
    private final int maxBufferChars;
    /** The start of a line whose terminator has not arrived yet. */
    private final StringBuilder partial = new StringBuilder();
    private boolean started;
    /** The previous chunk ended in CR: an LF opening the next chunk belongs to that CRLF. */
    private boolean skipLeadingLf;

    private String eventType;
    private String lastEventId;
    private int dataLines;
    private String firstDataLine;
    private StringBuilder moreData;
    private int dataChars;

    public SseParser(Listener listener) { this(listener, DEFAULT_MAX_BUFFER_CHARS); }

    public SseParser(Listener listener, int maxBufferChars) {
        this.listener = listener;
        this.maxBufferChars = maxBufferChars;
    }

    public void feed(String chunk) {
        if (chunk == null || chunk.isEmpty()) {
            return;
        }
        int len = chunk.length();
        int pos = 0;
        if (!started) {
            started = true;
            pos = bomLength(chunk);
        }
        if (skipLeadingLf) {
            skipLeadingLf = false;
            if (pos < len && chunk.charAt(pos) == '\n') {
                pos++;
            }
        }
        int nextCr = chunk.indexOf('\r', pos);
        int nextLf = chunk.indexOf('\n', pos);
        while (pos < len) {
            // Re-search only once a cached position is behind us: no rescans per line.
            if (nextCr != -1 && nextCr < pos) {
                nextCr = chunk.indexOf('\r', pos);
            }
            if (nextLf != -1 && nextLf < pos) {
                nextLf = chunk.indexOf('\n', pos);
            }
            int end = nextCr == -1 ? nextLf : nextLf == -1 ? nextCr : Math.min(nextCr, nextLf);
            if (end == -1) {
                break;
            }
            if (partial.length() > 0) {
                partial.append(chunk, pos, end);
                String line = partial.toString();
                partial.setLength(0);
                processLine(line, 0, line.length());
            } else {
                processLine(chunk, pos, end);
            }
            pos = end + 1;
            if (chunk.charAt(end) == '\r') {
                if (pos == len) {
                    skipLeadingLf = true;
                } else if (chunk.charAt(pos) == '\n') {
                    pos++;
                }
            }
        }
        if (pos < len) {
            partial.append(chunk, pos, len);
            checkLimit();
        }
    }

    /**
     * The stream has ended: an unterminated last line is processed, and pending data is dispatched
     * even without its blank line (see the class comment). Resets the parser for reuse.
     */
    public void end() {
        if (partial.length() > 0) {
            String line = partial.toString();
            partial.setLength(0);
            processLine(line, 0, line.length());
        }
        dispatch();
        started = false;
        skipLeadingLf = false;
        lastEventId = null;
    }

    /** Characters currently held back (an unfinished line plus undispatched data). */
    public int bufferedChars() { return partial.length() + dataChars; }

    private static int bomLength(String chunk) {
        if (chunk.charAt(0) == '\uFEFF') {
            return 1;
        }
        // The BOM's three bytes read as Latin-1, as some decoders hand them over.
        if (chunk.length() >= 3 && chunk.charAt(0) == '\u00EF' && chunk.charAt(1) == '\u00BB' && chunk.charAt(2) == '\u00BF') {
            return 3;
        }
        return 0;
    }

    private void processLine(String s, int start, int end) {
        if (start == end) {
            dispatch();
            return;
        }
        if (s.charAt(start) == ':') {
            int from = start + 1 < end && s.charAt(start + 1) == ' ' ? start + 2 : start + 1;
            listener.onComment(s.substring(from, end));
            return;
        }
        int colon = s.indexOf(':', start);
        int nameEnd = colon == -1 || colon > end ? end : colon;
        int valueStart = nameEnd == end ? end : nameEnd + 1;
        if (valueStart < end && s.charAt(valueStart) == ' ') {
            valueStart++;
        }
        int nameLen = nameEnd - start;
        if (nameLen == 4 && s.startsWith("data", start)) {
            addData(s.substring(valueStart, end));
        } else if (nameLen == 5 && s.startsWith("event", start)) {
            eventType = valueStart == end ? null : s.substring(valueStart, end);
        } else if (nameLen == 2 && s.startsWith("id", start)) {
            String id = s.substring(valueStart, end);
            if (id.indexOf('\0') == -1) {
                lastEventId = id;
            }
        } else if (nameLen == 5 && s.startsWith("retry", start)) {
            long retry = digitsValue(s, valueStart, end);
            if (retry >= 0) {
                listener.onRetry(retry);
            }
        }
        // Any other field name is ignored, as the spec says.
    }

    private void addData(String value) {
        if (dataLines == 0) {
            firstDataLine = value;
        } else {
            if (moreData == null) {
                moreData = new StringBuilder();
            }
            if (dataLines == 1) {
                moreData.setLength(0);
                moreData.append(firstDataLine);
            }
            moreData.append('\n').append(value);
        }
        dataLines++;
        dataChars += value.length() + 1;
        checkLimit();
    }

    private void dispatch() {
        if (dataLines > 0) {
            String data = dataLines == 1 ? firstDataLine : moreData.toString();
            String type = eventType;
            resetEvent();
            listener.onEvent(type, data, lastEventId);
        } else {
            resetEvent();
        }
    }

    private void resetEvent() {
        eventType = null;
        dataLines = 0;
        firstDataLine = null;
        dataChars = 0;
        if (moreData != null && moreData.capacity() > 65536) {
            moreData = null; // do not keep a huge buffer alive after one big event
        }
    }

    private void checkLimit() {
        if (partial.length() + dataChars > maxBufferChars) {
            partial.setLength(0);
            resetEvent();
            throw new Overflow(maxBufferChars);
        }
    }

    /** Base-10 value of an all-digit, non-empty field value; -1 otherwise (or when absurdly long). */
    private static long digitsValue(String s, int start, int end) {
        if (start == end || end - start > 15) {
            return -1;
        }
        long v = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
