package dev.modeldeck.testprovider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a recorded stream into the pieces it arrived in: one SSE event (or one NDJSON line) each, bytes untouched. */
final class StreamEvents {
    private StreamEvents() { }

    /** SSE: each piece ends after a blank line (LF LF, CRLF CRLF or CR CR); the pieces concatenate to the input. */
    static List<byte[]> sse(byte[] all) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < all.length) {
            int end = blankLineEnd(all, i);
            if (end > 0) {
                out.add(Arrays.copyOfRange(all, start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < all.length) {
            out.add(Arrays.copyOfRange(all, start, all.length));
        }
        return out;
    }

    private static int blankLineEnd(byte[] b, int i) {
        if (i + 1 < b.length && b[i] == '\n' && b[i + 1] == '\n') {
            return i + 2;
        }
        if (i + 3 < b.length && b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
            return i + 4;
        }
        if (i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\r') {
            return i + 2;
        }
        return -1;
    }

    /** NDJSON: one piece per line, each keeping its newline. */
    static List<byte[]> lines(byte[] all) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                out.add(Arrays.copyOfRange(all, start, i + 1));
                start = i + 1;
            }
        }
        if (start < all.length) {
            out.add(Arrays.copyOfRange(all, start, all.length));
        }
        return out;
    }

    /** True for the terminating {@code data: [DONE]} event. */
    static boolean isDone(byte[] piece) {
        String s = new String(piece, java.nio.charset.StandardCharsets.UTF_8).trim();
        return s.equals("data: [DONE]") || s.equals("data:[DONE]");
    }
}
